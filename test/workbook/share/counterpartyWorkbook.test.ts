import { type ActualRecord } from '../../../src/engine/review/actuals';
import { periodAfter } from '../../../src/engine/review/servicePeriod';
import { type OutcomeModel } from '../../../src/engine/terms/outcomeModel';
import { CURRENT_CONTRACT_ID } from '../../../src/engine/terms/proposal';
import { unwrap } from '../../../src/engine/rules/result';
import { sampleContract, samplePerformance } from '../../../src/workbook/sampleModel';
import { counterpartySheets } from '../../../src/workbook/share/counterpartyWorkbook';
import { xlsxBytes } from '../../../src/workbook/share/xlsxFile';
import { mismatches, openCounterpartyFile, zipTexts } from './counterpartyFile';

function sampleNegotiation(): { model: OutcomeModel; actuals: ActualRecord[] } {
  const contract = { ...sampleContract(), startPeriod: '2026-01' };
  const counter = {
    ...contract,
    atRiskShare: 0.15,
    serviceLevels: contract.serviceLevels.map((sl, i) =>
      i === 0 ? { ...sl, expected: 99.7 } : sl,
    ),
  };
  const walkAway = { ...contract, atRiskShare: 0.08 };
  const model: OutcomeModel = {
    contract,
    proposals: [
      { id: 'counter', name: 'Their counter', contract: counter },
      { id: 'walk', name: 'Our walk-away', contract: walkAway },
    ],
    scenarios: [
      {
        id: 'base',
        name: 'Base case',
        assumptions: Object.fromEntries(
          contract.serviceLevels.map((sl) => [sl.id, { kind: 'constant', level: sl.expected }]),
        ),
      },
      {
        id: 'secret',
        name: 'Our pessimistic view',
        assumptions: Object.fromEntries(
          contract.serviceLevels.map((sl) => [
            sl.id,
            { kind: 'constant', level: sl.minimum ?? sl.expected },
          ]),
        ),
      },
    ],
  };
  const actuals: ActualRecord[] = [];
  for (const [id, values] of Object.entries(samplePerformance()))
    values.forEach((value, m) =>
      actuals.push({
        serviceLevelId: id,
        period: periodAfter('2026-01', m),
        value,
        excludedMinutes: null,
      }),
    );
  return { model, actuals };
}

it('the sample, everything chosen: every formula recalculates to its cached value', async () => {
  const { model, actuals } = sampleNegotiation();
  const sheets = unwrap(
    counterpartySheets(
      { model, actuals, start: '2026-01' },
      {
        money: true,
        statementPeriod: '2026-09',
        proposalIds: [CURRENT_CONTRACT_ID, 'counter'],
        scenarioIds: ['base'],
      },
    ),
  );
  const file = await openCounterpartyFile(
    await xlsxBytes(sheets, new Date('2026-12-04T10:00:00Z')),
  );
  expect(file.sheetNames).toEqual([
    'Contract',
    'Money',
    'Statement 2026-09',
    'Comparison',
    'Terms Their counter',
  ]);
  expect(file.formulas.length).toBeGreaterThan(300);
  expect(mismatches(file)).toEqual([]);
  // Each proposal is priced at its own levels: the counter's 99.7 availability is met at its expected level.
  for (const label of ['Managed infrastructure and service desk', 'Their counter']) {
    const header = file.rowsLabelled('Comparison', `${label} — At its expected levels`)[0];
    const statuses = [0, 1, 2, 3, 4].map((i) => file.value('Comparison', `G${header + 5 + i}`));
    expect(statuses).toEqual(['Met', 'Met', 'Met', 'Met', 'Met']);
    expect(file.value('Comparison', `C${header + 5}`)).toBe(
      label === 'Their counter' ? 99.7 : 99.5,
    );
  }
  const zip = await zipTexts(await xlsxBytes(sheets, new Date()));
  const all = Object.values(zip).join('\n');
  expect(all).not.toMatch(/OUTCOME\./i);
  expect(all).not.toContain('Our walk-away');
  expect(all).not.toContain('Our pessimistic view');
  // Nothing rides along: no custom document properties, no hidden sheets, no defined names, no VBA.
  expect(Object.keys(zip).filter((part) => /custom|vba|hidden/i.test(part))).toEqual([]);
  expect(zip['xl/workbook.xml']).not.toMatch(/state="(hidden|veryHidden)"|<definedName/);
  expect(zip['docProps/core.xml']).toContain('<dc:creator>Outcome Modeler</dc:creator>');
});

it('a comparison too large for one file is refused before it is built, naming its size', () => {
  const { model, actuals } = sampleNegotiation();
  const base = model.contract;
  const serviceLevels = Array.from({ length: 30 }, (_, i) => ({
    ...base.serviceLevels[i % base.serviceLevels.length],
    id: `sl${i}`,
    name: `Level ${i}`,
    allocation: 0.05,
  }));
  const contract = { ...base, serviceLevels };
  const big: OutcomeModel = {
    contract,
    proposals: Array.from({ length: 50 }, (_, i) => ({ id: `p${i}`, name: `P${i}`, contract })),
    scenarios: Array.from({ length: 30 }, (_, i) => ({
      id: `s${i}`,
      name: `S${i}`,
      assumptions: {},
    })),
  };
  const choice = {
    money: false,
    statementPeriod: null,
    proposalIds: [CURRENT_CONTRACT_ID, ...big.proposals!.map((p) => p.id)],
    scenarioIds: big.scenarios!.map((s) => s.id),
  };
  const refused = counterpartySheets({ model: big, actuals, start: '2026-01' }, choice);
  expect(refused).toEqual({
    ok: false,
    error: {
      code: 'value',
      message:
        'The comparison would have 69,003 rows, more than the 50,000 one file holds well: choose fewer proposals or scenarios.',
    },
  });
  const fewer = counterpartySheets(
    { model: big, actuals, start: '2026-01' },
    { ...choice, scenarioIds: choice.scenarioIds.slice(0, 20) },
  );
  expect(fewer.ok).toBe(true);
});
