import fc from 'fast-check';
import { type Contract, type ServiceLevel } from '../../src/engine/terms/contract';
import { MAX_BAND_ROWS, MAX_SERVICE_LEVELS, MAX_TERM_MONTHS } from '../../src/engine/terms/limits';
import {
  SERVICE_LEVEL_HEADERS,
  SERVICE_LEVELS_TABLE,
  writeContractSheet,
} from '../../src/workbook/contractSheet';
import {
  type ContractSheetRead,
  readContractSheet,
  restoredSummary,
} from '../../src/workbook/contractSheetReader';
import { MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';
import { sampleContract } from '../../src/workbook/sampleModel';
import { contract as contractArbitrary } from './modelArbitraries';

const sample = sampleContract();
const [availability, p1] = sample.serviceLevels;

async function written(c: Contract = sample): Promise<MemoryWorkbookHost> {
  const host = new MemoryWorkbookHost();
  await writeContractSheet(host, c);
  return host;
}

function restored(read: ContractSheetRead): Contract {
  if (read.kind !== 'ok') throw new Error(`expected a contract, got: ${read.message}`);
  return read.contract;
}

function problem(read: ContractSheetRead): string {
  if (read.kind !== 'invalid') throw new Error('expected the tables to be refused');
  return read.message;
}

/** The contract with each service level's id replaced by the restored one: ids are not on the sheet. */
const withIdsOf = (c: Contract, from: Contract): Contract => ({
  ...c,
  serviceLevels: c.serviceLevels.map((sl, i) => ({ ...sl, id: from.serviceLevels[i].id })),
});

/** Data row `row` (1-based) of OM_ServiceLevels starts in row row + 2 of the sheet, column D. */
const slCell = (row: number, header: (typeof SERVICE_LEVEL_HEADERS)[number]) =>
  `${String.fromCharCode('D'.charCodeAt(0) + SERVICE_LEVEL_HEADERS.indexOf(header))}${row + 2}`;

describe('restoring a contract from the Contract sheet', () => {
  it('gives back the sample contract, with ids made from the names', async () => {
    const contract = restored(await readContractSheet(await written()));
    expect(contract.serviceLevels.map((sl) => sl.id)).toEqual([
      'availability',
      'p1-resolved-within-4h',
      'mean-resolution-hours',
      'customer-satisfaction',
      'backlog-over-30-days',
    ]);
    expect(contract).toStrictEqual(withIdsOf(sample, contract));
  });

  it('gives back every generated contract the sheet can hold', async () => {
    // numRuns: 300 contracts of 0–6 service levels with arbitrary names, numbers and bands.
    await fc.assert(
      fc.asyncProperty(
        contractArbitrary({ withGainShare: false, sheetSafe: true }),
        async (contract) => {
          const back = restored(await readContractSheet(await written(contract)));
          expect(new Set(back.serviceLevels.map((sl) => sl.id)).size).toBe(
            contract.serviceLevels.length,
          );
          expect(back).toStrictEqual(withIdsOf(contract, back));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives back the second of two contracts written over each other', async () => {
    // numRuns: 100 pairs: the rewrite renames, moves and deletes band tables of the first.
    await fc.assert(
      fc.asyncProperty(
        contractArbitrary({ withGainShare: false, sheetSafe: true }),
        contractArbitrary({ withGainShare: false, sheetSafe: true }),
        async (first, second) => {
          const host = await written(first);
          await writeContractSheet(host, second);
          const back = restored(await readContractSheet(host));
          expect(back).toStrictEqual(withIdsOf(second, back));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('makes unique ids, also for names with nothing an id can hold', async () => {
    const levels = [
      { ...availability, id: 'a', name: 'Availability' },
      { ...availability, id: 'b', name: 'availability' },
      { ...availability, id: 'c', name: '%%' },
      { ...availability, id: 'd', name: '' },
    ];
    const contract = restored(
      await readContractSheet(await written({ ...sample, serviceLevels: levels })),
    );
    expect(contract.serviceLevels.map((sl) => sl.id)).toEqual([
      'availability',
      'availability-2',
      'service-level-3',
      'service-level-4',
    ]);
  });

  it('leaves out gain share terms, which the sheet does not hold', async () => {
    const withGainShare: Contract = {
      ...sample,
      gainShare: {
        targetCostAnnual: 2_400_000,
        shareBands: [{ bound: 1, rate: 0.5 }],
        painCap: null,
        gainCap: null,
      },
    };
    const contract = restored(await readContractSheet(await written(withGainShare)));
    expect(contract).not.toHaveProperty('gainShare');
  });

  it('reads what a user typed in the grid: numeric text, percentages, any case, a blank minimum', async () => {
    const host = await written();
    await host.writeRange('Contract', 'B4', [['250000'], ['12%']]);
    await host.writeRange('Contract', 'B10', [['Prorata']]);
    await host.writeRange('Contract', slCell(1, 'Direction'), [
      ['Higher', ' 99.6 ', null, '50%', 'true', 'STEP'],
    ]);
    const contract = restored(await readContractSheet(host));
    expect(contract).toMatchObject({
      monthlyCharges: 250000,
      atRiskShare: 0.12,
      earnback: { mode: 'prorata', window: 3 },
    });
    expect(contract.serviceLevels[0]).toMatchObject({
      direction: 'higher',
      expected: 99.6,
      minimum: null,
      allocation: 0.5,
      critical: true,
      bands: { method: 'step' },
    });
  });

  it('finds the terms by their labels when rows were inserted above them', async () => {
    const host = await written();
    const terms = await host.readRange('Contract', 'A1:B15');
    await host.writeRange('Contract', 'A1', [['Deal notes', 'draft 3'], ...terms]);
    expect(restored(await readContractSheet(host))).toStrictEqual(
      restored(await readContractSheet(await written())),
    );
  });

  it('matches band tables by name when a row was deleted in the grid', async () => {
    const host = await written();
    // The user deletes Availability's row: the other levels move up, their band tables stay.
    const table = await host.readTable(SERVICE_LEVELS_TABLE);
    await host.writeTable({
      name: SERVICE_LEVELS_TABLE,
      sheet: 'Contract',
      topLeft: 'D2',
      headers: table?.headers ?? [],
      rows: table?.rows.slice(1) ?? [],
    });
    const contract = restored(await readContractSheet(host));
    expect(contract.serviceLevels.map((sl) => [sl.name, sl.bands.rows])).toEqual(
      sample.serviceLevels.slice(1).map((sl) => [sl.name, sl.bands.rows]),
    );
  });

  it('matches a band table by its place when its level was renamed in the grid', async () => {
    const host = await written();
    await host.writeRange('Contract', slCell(2, 'Name'), [['P1 fixed within 4h']]);
    const contract = restored(await readContractSheet(host));
    expect(contract.serviceLevels[1]).toMatchObject({
      name: 'P1 fixed within 4h',
      bands: p1.bands,
    });
  });

  it('takes the table at its place for a level whose name gave its table no name, even when the old id did', async () => {
    // "%%" has nothing a table name can hold, so its table was named after its id "a": Bands_a.
    // The level named "a" then got Bands_a_2. The restore must not hand Bands_a to "a".
    const levels = [
      {
        ...availability,
        id: 'a',
        name: '%%',
        bands: { ...availability.bands, rows: [{ bound: 1, rate: -1 }] },
      },
      {
        ...availability,
        id: 'x',
        name: 'a',
        bands: { ...availability.bands, rows: [{ bound: 2, rate: -0.5 }] },
      },
    ];
    const host = await written({ ...sample, serviceLevels: levels });
    expect((await host.listTables()).sort()).toEqual(['Bands_a', 'Bands_a_2', 'OM_ServiceLevels']);
    const contract = restored(await readContractSheet(host));
    expect(contract.serviceLevels.map((sl) => sl.bands.rows)).toEqual(
      levels.map((sl) => sl.bands.rows),
    );
  });

  it('summarises what was restored and what was not', () => {
    expect(restoredSummary(sample)).toBe(
      'Restored from the workbook tables: the terms of "Managed infrastructure and service desk" and 5 service levels with their bands ' +
        '(Availability, P1 resolved within 4h, Mean resolution hours, Customer satisfaction, Backlog over 30 days). ' +
        'Gain-share terms, scenarios and proposals are not kept in those tables and were not restored. ' +
        'Check the contract, then write it to replace the stored model that could not be read.',
    );
    expect(restoredSummary({ ...sample, serviceLevels: [] })).toContain(
      'the terms of "Managed infrastructure and service desk" and no service levels.',
    );
    const many = Array.from({ length: 12 }, (_, i): ServiceLevel => ({
      ...availability,
      id: `s${i}`,
      name: `SL ${i + 1}`,
    }));
    expect(restoredSummary({ ...sample, serviceLevels: many })).toContain(
      '12 service levels with their bands (SL 1, SL 2, SL 3, SL 4, SL 5, SL 6, SL 7, SL 8, SL 9, SL 10 and 2 more).',
    );
  });
});

describe('what cannot be restored, and why', () => {
  it('needs the Contract sheet', async () => {
    expect(problem(await readContractSheet(new MemoryWorkbookHost()))).toBe(
      'The workbook tables could not be restored: there is no Contract sheet; the pane writes it with the tables.',
    );
  });

  it('needs the OM_ServiceLevels table', async () => {
    const host = await written();
    await host.deleteTable(SERVICE_LEVELS_TABLE);
    expect(problem(await readContractSheet(host))).toBe(
      'The workbook tables could not be restored: there is no OM_ServiceLevels table.',
    );
  });

  it('names the row and column of a cell that is not a number', async () => {
    const host = await written();
    await host.writeRange('Contract', slCell(3, 'Expected'), [['eight']]);
    expect(problem(await readContractSheet(host))).toBe(
      'The workbook tables could not be restored: OM_ServiceLevels row 3: Expected is not a number ("eight").',
    );
  });

  it('names the cell of a term that is not a number, and a term whose label is gone', async () => {
    const host = await written();
    await host.writeRange('Contract', 'B4', [['a lot']]);
    await host.writeRange('Contract', 'A14', [['Duration']]);
    expect(problem(await readContractSheet(host))).toBe(
      'The workbook tables could not be restored: Contract!B4: Monthly charges is not a number ("a lot"); ' +
        'The terms block on the Contract sheet has no "Term (months)" row.',
    );
  });

  it('says which choices a field has, and what TRUE or FALSE means', async () => {
    const host = await written();
    await host.writeRange('Contract', 'B12', [['sometimes']]);
    await host.writeRange('Contract', slCell(1, 'Direction'), [['up']]);
    await host.writeRange('Contract', slCell(2, 'Critical'), [['maybe']]);
    await host.writeRange('Contract', slCell(3, 'Band basis'), [[null]]);
    expect(await readContractSheet(host)).toMatchObject({
      kind: 'invalid',
      problems: [
        'Contract!B12: Ratchet is "sometimes", not one of midpoint, average, none',
        'OM_ServiceLevels row 1: Direction is "up", not one of higher, lower',
        'OM_ServiceLevels row 2: Critical is not TRUE or FALSE ("maybe")',
        'OM_ServiceLevels row 3: Band basis is empty; use performance, attainment',
      ],
      message: expect.stringMatching(
        /^The workbook tables could not be restored: Contract!B12: .*; .*; .* \(and 1 more problem\)\.$/,
      ),
    });
  });

  it('names a column that was renamed', async () => {
    const host = await written();
    await host.writeRange('Contract', 'G2', [['Target']]);
    expect(problem(await readContractSheet(host))).toBe(
      'The workbook tables could not be restored: OM_ServiceLevels has no "Expected" column ' +
        '(its columns: Name, Unit, Direction, Target, Minimum, Allocation, Critical, Band method, Band basis).',
    );
  });

  it('names a band table that cannot be read, or is missing', async () => {
    const host = await written();
    await host.writeRange('Contract', 'O4', [['half']]);
    await host.deleteTable('Bands_Customer_satisfaction');
    expect(problem(await readContractSheet(host))).toBe(
      'The workbook tables could not be restored: Bands_Availability row 2: Rate "half" is not a number; ' +
        'OM_ServiceLevels row 4: there is no band table for "Customer satisfaction" at Contract!W2.',
    );
  });
});

describe('size limits when restoring', () => {
  const levels = (n: number) =>
    Array.from({ length: n }, (_, i): ServiceLevel => ({
      ...availability,
      id: `sl${i}`,
      name: `SL ${i + 1}`,
    }));
  const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ bound: i, rate: 0 }));

  it(`restores ${MAX_SERVICE_LEVELS} service levels and refuses ${MAX_SERVICE_LEVELS + 1}`, async () => {
    const atLimit = restored(
      await readContractSheet(
        await written({ ...sample, serviceLevels: levels(MAX_SERVICE_LEVELS) }),
      ),
    );
    expect(atLimit.serviceLevels).toHaveLength(MAX_SERVICE_LEVELS);
    const host = await written({ ...sample, serviceLevels: levels(MAX_SERVICE_LEVELS) });
    await host.appendTableRows(SERVICE_LEVELS_TABLE, [
      ['SL 201', '%', 'higher', 99.5, 99, 0.1, true, 'step', 'performance'],
    ]);
    expect(problem(await readContractSheet(host))).toBe(
      'The workbook tables could not be restored: OM_ServiceLevels: A contract has at most 200 service levels, not 201.',
    );
  });

  it(`restores a band table of ${MAX_BAND_ROWS} rows and refuses a pasted one of 10,000`, async () => {
    const host = await written({
      ...sample,
      serviceLevels: [
        { ...availability, bands: { ...availability.bands, rows: rows(MAX_BAND_ROWS) } },
      ],
    });
    expect(restored(await readContractSheet(host)).serviceLevels[0].bands.rows).toHaveLength(
      MAX_BAND_ROWS,
    );
    await host.writeTable({
      name: 'Bands_Availability',
      sheet: 'Contract',
      topLeft: 'N2',
      headers: ['Lower bound', 'Rate'],
      rows: rows(10_000).map((r) => [r.bound, r.rate]),
    });
    expect(problem(await readContractSheet(host))).toBe(
      'The workbook tables could not be restored: Bands_Availability: 10,000 rows, more than the 100 a band table may have.',
    );
  });

  it(`restores a term of ${MAX_TERM_MONTHS} months and refuses one in days`, async () => {
    expect(
      restored(await readContractSheet(await written({ ...sample, termMonths: MAX_TERM_MONTHS })))
        .termMonths,
    ).toBe(MAX_TERM_MONTHS);
    const host = await written();
    await host.writeRange('Contract', 'B14', [[1095]]);
    expect(problem(await readContractSheet(host))).toBe(
      'The workbook tables could not be restored: Contract sheet: Term is at most 120 months (10 years), not 1,095.',
    );
  });
});
