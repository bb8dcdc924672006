import { type BandRow } from '../../src/engine/rules/bands';
import { type Contract, type ServiceLevel } from '../../src/engine/terms/contract';
import {
  MAX_BAND_ROWS,
  MAX_PROPOSALS,
  MAX_SCENARIOS,
  MAX_SERVICE_LEVELS,
  MAX_TERM_MONTHS,
} from '../../src/engine/terms/limits';
import { type OutcomeModel } from '../../src/engine/terms/outcomeModel';
import { createWorkbookOperations } from '../../src/workbook/createWorkbookOperations';
import { MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';
import {
  MODEL_DOCUMENT_KEY,
  parseModelDocument,
  serializeModelDocument,
} from '../../src/workbook/modelDocument';
import { sampleContract } from '../../src/workbook/sampleModel';

/** The size limits on load: a stored model over a limit is refused with a message, never opened. */

const NOW = new Date('2025-03-01T09:30:00.000Z');
const sample = sampleContract();
const [availability] = sample.serviceLevels;

const rows = (n: number): BandRow[] =>
  Array.from({ length: n }, (_, i) => ({ bound: i, rate: -1 }));
const levels = (n: number): ServiceLevel[] =>
  Array.from({ length: n }, (_, i) => ({ ...availability, id: `sl${i}`, name: `SL ${i + 1}` }));
const withContract = (over: Partial<Contract>): OutcomeModel => ({
  contract: { ...sample, ...over },
});
const withBandRows = (n: number) =>
  withContract({
    serviceLevels: [{ ...availability, bands: { ...availability.bands, rows: rows(n) } }],
  });

const load = (model: OutcomeModel) => parseModelDocument(serializeModelDocument(model, NOW));
const loads = (model: OutcomeModel) => expect(load(model)).toStrictEqual({ kind: 'ok', model });
const refusal = (model: OutcomeModel) => {
  const parsed = load(model);
  return parsed.kind === 'invalid' ? parsed.message : 'loaded';
};

describe('size limits of the stored model', () => {
  it(`loads ${MAX_SERVICE_LEVELS} service levels and refuses ${MAX_SERVICE_LEVELS + 1}`, () => {
    loads(withContract({ serviceLevels: levels(MAX_SERVICE_LEVELS) }));
    expect(refusal(withContract({ serviceLevels: levels(MAX_SERVICE_LEVELS + 1) }))).toBe(
      'The stored model is too large to open: serviceLevels: A contract has at most 200 service levels, not 201.',
    );
  });

  it(`loads a band table of ${MAX_BAND_ROWS} rows and refuses a pasted one of 10,000`, () => {
    loads(withBandRows(MAX_BAND_ROWS));
    expect(refusal(withBandRows(MAX_BAND_ROWS + 1))).toBe(
      'The stored model is too large to open: serviceLevels[0].bands.rows: 101 rows, more than the 100 a band table may have.',
    );
    expect(refusal(withBandRows(10_000))).toBe(
      'The stored model is too large to open: serviceLevels[0].bands.rows: 10,000 rows, more than the 100 a band table may have.',
    );
  });

  it(`loads ${MAX_BAND_ROWS} gain-share bands and refuses ${MAX_BAND_ROWS + 1}`, () => {
    const withShareBands = (n: number) =>
      withContract({
        gainShare: { targetCostAnnual: 1e6, shareBands: rows(n), painCap: null, gainCap: null },
      });
    loads(withShareBands(MAX_BAND_ROWS));
    expect(refusal(withShareBands(MAX_BAND_ROWS + 1))).toBe(
      'The stored model is too large to open: gainShare.shareBands: 101 rows, more than the 100 a band table may have.',
    );
  });

  it(`loads a term of ${MAX_TERM_MONTHS} months and refuses a longer one`, () => {
    loads(withContract({ termMonths: MAX_TERM_MONTHS }));
    expect(refusal(withContract({ termMonths: 1095 }))).toBe(
      'The stored model is too large to open: termMonths: Term is at most 120 months (10 years), not 1,095.',
    );
  });

  it(`loads ${MAX_SCENARIOS} scenarios and ${MAX_PROPOSALS} proposals, and refuses one more of each`, () => {
    const scenarios = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        id: `s${i}`,
        name: `Scenario ${i}`,
        assumptions: {},
      }));
    const proposals = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        id: `p${i}`,
        name: `Proposal ${i}`,
        contract: sample,
      }));
    loads({
      contract: sample,
      scenarios: scenarios(MAX_SCENARIOS),
      proposals: proposals(MAX_PROPOSALS),
    });
    expect(refusal({ contract: sample, scenarios: scenarios(MAX_SCENARIOS + 1) })).toBe(
      'The stored model is too large to open: scenarios: A model keeps at most 50 scenarios, not 51.',
    );
    expect(refusal({ contract: sample, proposals: proposals(MAX_PROPOSALS + 1) })).toBe(
      'The stored model is too large to open: proposals: A model keeps at most 50 proposals, not 51.',
    );
  });

  it('holds inside proposals too, and names a size problem before other damage', () => {
    const big = {
      ...sample,
      serviceLevels: [{ ...availability, bands: { ...availability.bands, rows: rows(500) } }],
    };
    const doc = JSON.parse(
      serializeModelDocument(
        { contract: sample, proposals: [{ id: 'p', name: 'P', contract: big }] },
        NOW,
      ),
    );
    doc.model.contract.name = 42;
    expect(parseModelDocument(JSON.stringify(doc))).toStrictEqual({
      kind: 'invalid',
      message:
        'The stored model is too large to open: proposals[0].contract.serviceLevels[0].bands.rows: 500 rows, more than the 100 a band table may have.',
    });
  });

  it('leaves a workbook whose stored model is too large untouched when loading', async () => {
    const host = new MemoryWorkbookHost();
    const text = serializeModelDocument(withBandRows(10_000), NOW);
    await host.writeStoredDocument(MODEL_DOCUMENT_KEY, text);
    expect(await createWorkbookOperations(host).loadModel()).toEqual({
      kind: 'invalid',
      message: expect.stringContaining('10,000 rows, more than the 100'),
      revision: expect.objectContaining({ id: expect.any(String) }),
    });
    expect(await host.readStoredDocument(MODEL_DOCUMENT_KEY)).toBe(text);
  });

  it('does not read a band table of 10,000 rows pasted in the grid into the model', async () => {
    const host = new MemoryWorkbookHost();
    const operations = createWorkbookOperations(host, () => NOW);
    await operations.saveModel({ contract: sample }, null);
    await host.writeTable({
      name: 'Bands_Availability',
      sheet: 'Contract',
      topLeft: 'N2',
      headers: ['Lower bound', 'Rate'],
      rows: rows(10_000).map((r) => [r.bound, r.rate]),
    });
    expect(await operations.loadModel()).toStrictEqual({
      kind: 'ok',
      model: { contract: sample },
      bandsFromGrid: [],
      draft: null,
      gridProblems: ['Bands_Availability: 10,000 rows, more than the 100 a band table may have'],
      revision: expect.objectContaining({ id: expect.any(String) }),
    });
  });
});
