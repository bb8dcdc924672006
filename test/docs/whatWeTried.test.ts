import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cellLimitCases } from '../faults/cellLimitCases';
import {
  idKeyCases,
  infinityCases,
  infinityRateCases,
  longTextCases,
  mixedScaleCases,
  sizeLimitCases,
} from '../faults/functionCases';
import { pastedEchoCases, pastedPeriodCases, pastedValueCases } from '../faults/pasteCases';
import {
  formulaChainCases,
  hugeRangeCases,
  savedStateCases,
  sheetGridCases,
  storageFailureCases,
} from '../faults/workbenchCases';
import { copyOf, faultyHost } from '../workbook/support/faultyHost';
import { WRITES } from '../workbook/support/writeScenarios';

/**
 * docs/faults.md's "What we tried" table says how many cases of each fault class the tests try.
 * Each row names the case lists it counts; this test counts them and fails when the docs and the
 * tests part ways. The writes' row counts every change of every write, failing before and after
 * it lands, as test/workbook/allOrNothing.test.ts runs them.
 */
const LISTS: Record<string, readonly unknown[]> = {
  cellLimitCases,
  idKeyCases,
  infinityCases,
  infinityRateCases,
  longTextCases,
  mixedScaleCases,
  sizeLimitCases,
  pastedEchoCases,
  pastedPeriodCases,
  pastedValueCases,
  formulaChainCases,
  hugeRangeCases,
  savedStateCases,
  sheetGridCases,
  storageFailureCases,
};

async function writeFaults(): Promise<number> {
  let changes = 0;
  for (const { before, write } of WRITES) {
    const counted = faultyHost(copyOf(await before()), []);
    await write(counted.host);
    changes += counted.changes();
  }
  return 2 * changes;
}

interface Row {
  readonly faultClass: string;
  readonly cases: number;
  readonly lists: string[];
}

function tableRows(): Row[] {
  const docs = readFileSync(path.resolve(__dirname, '../../docs/faults.md'), 'utf8');
  const table = docs.slice(docs.indexOf('| Fault class |'));
  return table
    .split('\n')
    .slice(2)
    .filter((line) => line.startsWith('|'))
    .map((line) => {
      const cells = line.split('|').map((c) => c.trim());
      return {
        faultClass: cells[1],
        cases: Number(cells[2].replace(/,/g, '')),
        lists: [...cells[4].matchAll(/`(\w+)`/g)].map((m) => m[1]),
      };
    });
}

it('the docs table counts every case list, each once', () => {
  const named = tableRows().flatMap((r) => r.lists);
  expect([...named].sort()).toEqual(['writes', ...Object.keys(LISTS)].sort());
});

it('each row of the docs table gives the number of cases the tests try', async () => {
  const writes = await writeFaults();
  for (const row of tableRows()) {
    const counted = row.lists.reduce(
      (sum, list) => sum + (list === 'writes' ? writes : LISTS[list].length),
      0,
    );
    expect({ row: row.faultClass, cases: row.cases }).toEqual({
      row: row.faultClass,
      cases: counted,
    });
  }
});
