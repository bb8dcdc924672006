import { type OutcomeModel } from '../../src/engine/terms/outcomeModel';
import { type Proposal } from '../../src/engine/terms/proposal';
import { type Scenario } from '../../src/engine/simulation/scenario';
import { CHANGE_LOG_TABLE } from '../../src/workbook/changeLog';
import { MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';
import { MODEL_DOCUMENT_KEY, serializeModelDocument } from '../../src/workbook/modelDocument';
import { DRAFT_DOCUMENT_KEY } from '../../src/workbook/modelDraft';
import { utf8Bytes } from '../../src/workbook/negotiationData';
import { sampleContract } from '../../src/workbook/sampleModel';
import { revisionOf } from '../../src/workbook/storedRevision';
import { type WorkbookHost } from '../../src/workbook/workbookHost';
import { copyOf, faultyHost, type FaultMode, workbookContent } from './support/faultyHost';
import {
  importMonths,
  ops,
  results,
  storedModel,
  withSample,
  writeStatement,
} from './support/writeScenarios';

/**
 * What a workbook carries to whoever receives the file, and removing the negotiation part of it:
 * over the in-memory workbook, with the sample, proposals and scenarios written by the pane's own
 * operations, a run's results on OM_Scenarios, actuals, a statement and a kept draft.
 */
const sample = sampleContract();
const proposal = (id: string, name: string, atRiskShare: number): Proposal => ({
  id,
  name,
  contract: { ...sample, atRiskShare },
});
const PROPOSALS = [
  proposal('offer', 'Our offer', 0.12),
  proposal('counter', 'Their counter', 0.15),
  proposal('walk-away', 'Walk-away', 0.2),
];
const scenario = (id: string, name: string, level: number): Scenario => ({
  id,
  name,
  assumptions: { availability: { kind: 'constant', level } },
});
const SCENARIOS = [scenario('good', 'Good year', 99.9), scenario('bad', 'Bad year', 99.0)];
const NEGOTIATION: OutcomeModel = { contract: sample, proposals: PROPOSALS, scenarios: SCENARIOS };

/** The sample mid-negotiation: 1 + `logged` change-log rows, results, 15 actuals, a statement, a draft. */
async function negotiatedWorkbook() {
  const host = await withSample();
  const saved = await ops(host).saveModel(NEGOTIATION, await storedModel(host));
  if (saved.kind !== 'saved') throw new Error(saved.kind);
  await ops(host).writeScenarioResults(results(0.15), {
    proposalId: 'offer',
    scenarioId: 'expected',
  });
  // 5 service levels × 3 months.
  await importMonths(host, ['2026-01', '2026-02', '2026-03']);
  await writeStatement(host, '2026-02');
  await ops(host).saveDraft({ ...NEGOTIATION, contract: { ...sample, monthlyCharges: 1 } });
  return { host, logged: saved.changes.length };
}

const storedText = async (host: WorkbookHost) =>
  (await host.readStoredDocument(MODEL_DOCUMENT_KEY)) as string;

describe('utf8Bytes', () => {
  it('counts the bytes UTF-8 takes: 1 for ASCII, 2 for é, 3 for €, 4 for an astral letter', () => {
    expect(utf8Bytes('')).toBe(0);
    expect(utf8Bytes('ab')).toBe(2);
    // 1 + 2 + 3 + 4 = 10
    expect(utf8Bytes('aé€𝐀')).toBe(10);
    const text = '{"name":"Société générale – 𝐀 plan"}';
    expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });
});

describe('what the workbook carries', () => {
  it('the sample alone: its stored model, no proposals or scenarios, one change-log row', async () => {
    const host = await withSample();
    const contents = await ops(host).workbookContents();
    expect(contents).toEqual({
      storedModel: {
        kind: 'ok',
        bytes: Buffer.byteLength(await storedText(host), 'utf8'),
        proposals: [],
        scenarios: [],
      },
      // "Contract created with 5 service levels".
      changeLogRows: 1,
      resultsSheet: false,
      draftKept: false,
      actualsRows: 0,
      statementSheets: 0,
    });
  });

  it('mid-negotiation: the proposals and scenarios by name, the log, the results, the draft', async () => {
    const { host, logged } = await negotiatedWorkbook();
    const contents = await ops(host).workbookContents();
    expect(contents).toEqual({
      storedModel: {
        kind: 'ok',
        bytes: Buffer.byteLength(await storedText(host), 'utf8'),
        proposals: ['Our offer', 'Their counter', 'Walk-away'],
        scenarios: ['Good year', 'Bad year'],
      },
      changeLogRows: 1 + logged,
      resultsSheet: true,
      draftKept: true,
      actualsRows: 15,
      statementSheets: 1,
    });
    // Three proposals of the whole sample contract make the stored model several kilobytes.
    expect(contents.storedModel.kind === 'ok' && contents.storedModel.bytes).toBeGreaterThan(4096);
  });

  it('says when the stored model cannot be read, and still reports the rest', async () => {
    const host = await withSample();
    await host.writeStoredDocument(MODEL_DOCUMENT_KEY, '{"format":"other"}');
    const contents = await ops(host).workbookContents();
    expect(contents.storedModel).toEqual({
      kind: 'unreadable',
      bytes: 18,
      message: expect.stringMatching(/^The stored model is not an Outcome Modeler document/),
    });
    expect(contents.changeLogRows).toBe(1);
  });

  it('counts a draft only when it holds edits: not one equal to the stored model', async () => {
    const host = await withSample();
    const stored = await storedModel(host);
    await ops(host).saveDraft(stored);
    expect((await ops(host).workbookContents()).draftKept).toBe(false);
    await ops(host).saveDraft({ ...stored, contract: { ...stored.contract, monthlyCharges: 1 } });
    expect((await ops(host).workbookContents()).draftKept).toBe(true);
    // A draft that cannot be read may hold anything: it counts.
    await host.writeStoredDocument(DRAFT_DOCUMENT_KEY, '{"broken"');
    expect((await ops(host).workbookContents()).draftKept).toBe(true);
  });

  it('an empty workbook carries nothing', async () => {
    expect(await ops(new MemoryWorkbookHost()).workbookContents()).toEqual({
      storedModel: { kind: 'none' },
      changeLogRows: null,
      resultsSheet: false,
      draftKept: false,
      actualsRows: 0,
      statementSheets: 0,
    });
  });
});

describe('removing the negotiation data', () => {
  it('keeps the contract, the sheets it shows on and the service review; removes the rest', async () => {
    const { host, logged } = await negotiatedWorkbook();
    const before = host.toState();
    const revision = await ops(host).storedRevision();
    const kept = [
      'Sheet1',
      'Contract',
      'Performance',
      'Summary',
      'OM_Actuals',
      'OM_Statement_2026_02',
    ];

    const result = await ops(host).removeNegotiationData(revision);

    expect(result).toEqual({
      kind: 'removed',
      model: { contract: sample },
      revision: revisionOf(await storedText(host)),
      removed: {
        proposals: ['Our offer', 'Their counter', 'Walk-away'],
        scenarios: ['Good year', 'Bad year'],
        changeLogRows: 1 + logged,
        resultsSheet: true,
        draft: true,
        sheetsLeft: [],
      },
    });
    expect(JSON.parse(await storedText(host))).toEqual(
      JSON.parse(serializeModelDocument({ contract: sample }, new Date('2026-07-01T09:00:00Z'))),
    );
    expect(await storedModel(host)).toEqual({ contract: sample });
    expect(await host.readStoredDocument(DRAFT_DOCUMENT_KEY)).toBeNull();
    const after = host.toState();
    expect(after.sheets.map((s) => s.name)).toEqual(kept);
    // Every kept sheet holds exactly what it held, tables and charts too.
    const onKept = <T extends { sheet: string }>(items: T[]) =>
      items.filter((i) => kept.includes(i.sheet));
    expect(after.sheets).toEqual(before.sheets.filter((s) => kept.includes(s.name)));
    expect(after.tables).toEqual(onKept(before.tables));
    expect(after.charts).toEqual([]);
    expect(before.charts.length).toBeGreaterThan(0);
    expect(await host.readTable(CHANGE_LOG_TABLE)).toBeNull();

    expect(await ops(host).workbookContents()).toEqual({
      storedModel: {
        kind: 'ok',
        bytes: Buffer.byteLength(await storedText(host), 'utf8'),
        proposals: [],
        scenarios: [],
      },
      changeLogRows: null,
      resultsSheet: false,
      draftKept: false,
      actualsRows: 15,
      statementSheets: 1,
    });
  });

  it('removes nothing over a model written since the pane read it', async () => {
    const { host } = await negotiatedWorkbook();
    const read = await ops(host).storedRevision();
    await ops(host).saveModel(
      { ...NEGOTIATION, proposals: PROPOSALS.slice(0, 2) },
      await storedModel(host),
    );
    const before = workbookContent(host);
    const result = await ops(host).removeNegotiationData(read);
    expect(result).toEqual({ kind: 'stale', current: revisionOf(await storedText(host)) });
    expect(workbookContent(host)).toEqual(before);
  });

  it('refuses an unreadable stored model, changing nothing', async () => {
    const { host } = await negotiatedWorkbook();
    await host.writeStoredDocument(MODEL_DOCUMENT_KEY, 'not json');
    const before = workbookContent(host);
    await expect(ops(host).removeNegotiationData(revisionOf('not json'))).rejects.toThrow(
      /^The stored model cannot be read, so the contract to keep is not known; nothing was removed\. The stored model is not valid JSON/,
    );
    expect(workbookContent(host)).toEqual(before);
  });

  describe('when Excel fails part-way', () => {
    let start: MemoryWorkbookHost;
    let removed: ReturnType<typeof workbookContent>;
    let changes: number;

    beforeAll(async () => {
      start = (await negotiatedWorkbook()).host;
      const clean = copyOf(start);
      const counted = faultyHost(clean, []);
      await ops(counted.host).removeNegotiationData(await ops(start).storedRevision());
      removed = workbookContent(clean);
      changes = counted.changes();
    });

    it.each<FaultMode>(['before', 'after'])(
      'a failure at any change (%s it lands) leaves the workbook as it was; a retry removes it all',
      async (mode) => {
        const unchanged = workbookContent(start);
        const revision = await ops(start).storedRevision();
        // The model, the log's table, two sheets emptied, the draft; then the two sheets deleted.
        expect(changes).toBeGreaterThan(6);
        let completed = 0;
        for (let k = 1; k <= changes; k++) {
          const workbook = copyOf(start);
          const outcome = await ops(faultyHost(workbook, [k], mode).host)
            .removeNegotiationData(revision)
            .then(
              (r) => r,
              (e: Error) => e.message,
            );
          if (typeof outcome === 'string') {
            expect(outcome).toMatch(new RegExp(`fault at change ${k}\\b`));
            expect({ k, content: workbookContent(workbook) }).toEqual({ k, content: unchanged });
            await ops(workbook).removeNegotiationData(revision);
            expect({ k, content: workbookContent(workbook) }).toEqual({ k, content: removed });
            continue;
          }
          // Only deleting an emptied sheet, the tidying after the removal, may fail without undoing
          // it: the data is gone, the empty sheet stays, and the result names it.
          expect(outcome.kind).toBe('removed');
          if (outcome.kind !== 'removed') continue;
          completed += 1;
          expect(k).toBeGreaterThan(changes - 2);
          const left = outcome.removed.sheetsLeft;
          expect(left).toEqual(mode === 'before' ? [expect.any(String)] : []);
          for (const sheet of left) {
            expect(await workbook.usedAddress(sheet)).toBeNull();
            expect(await workbook.listCharts(sheet)).toEqual([]);
          }
          const content = workbookContent(workbook);
          expect({
            ...content,
            sheets: content.sheets.filter((s) => !left.includes(s.name)),
          }).toEqual({ ...removed, activeSheet: content.activeSheet });
        }
        expect(completed).toBe(2);
      },
    );
  });
});
