import { RUN_HISTORY_SHEET } from '../../src/workbook/runHistorySheet';
import { type RunToKeep } from '../../src/workbook/keptRun';
import { ops, results, withSample } from './support/writeScenarios';

/**
 * The run history is negotiation data, like the results sheet: what the workbook carries counts
 * the kept runs, and removing the negotiation data deletes the OM_RunHistory sheet with them. A
 * sheet of that name that someone made for themselves is neither counted nor removed.
 */

const run = (atRisk: number): RunToKeep => ({
  results: results(atRisk),
  model: { revision: null, unwrittenEdits: false, fingerprint: 'f' },
  analysesCancelled: false,
});

async function withKeptRuns(count: number) {
  const host = await withSample();
  const history = ops(host).runHistory;
  if (!history) throw new Error('the operations keep no runs');
  for (let i = 0; i < count; i++) await history.keep(run(0.15 + i / 100));
  return host;
}

describe('the run history as negotiation data', () => {
  it('counts the kept runs among what the workbook carries', async () => {
    const host = await withKeptRuns(3);
    expect((await ops(host).workbookContents()).keptRuns).toBe(3);
  });

  it('says nothing of a run history when the workbook has none', async () => {
    const host = await withSample();
    expect(await ops(host).workbookContents()).not.toHaveProperty('keptRuns');
  });

  it('removes the run history with the rest of the negotiation data, and says how many runs went', async () => {
    const host = await withKeptRuns(2);
    const result = await ops(host).removeNegotiationData(await ops(host).storedRevision());
    expect(result.kind === 'removed' && result.removed.keptRuns).toBe(2);
    expect(result.kind === 'removed' && result.removed.sheetsLeft).toEqual([]);
    expect(await host.listSheets()).not.toContain(RUN_HISTORY_SHEET);
    expect(await ops(host).workbookContents()).not.toHaveProperty('keptRuns');
    expect((await ops(host).runHistory?.list())?.runs).toEqual([]);
  });

  it('leaves a sheet of that name that is not a run history alone', async () => {
    const host = await withSample();
    await host.ensureSheet(RUN_HISTORY_SHEET);
    await host.writeRange(RUN_HISTORY_SHEET, 'A1', [['My own notes']]);
    expect(await ops(host).workbookContents()).not.toHaveProperty('keptRuns');
    const result = await ops(host).removeNegotiationData(await ops(host).storedRevision());
    expect(result.kind === 'removed' && result.removed).not.toHaveProperty('keptRuns');
    expect(await host.readRange(RUN_HISTORY_SHEET, 'A1')).toEqual([['My own notes']]);
  });
});
