import { allOrNothing } from './allOrNothing';
import type {
  KeptRun,
  KeptRunSummary,
  RunHistory,
  RunHistoryOperations,
  RunToKeep,
} from './keptRun';
import { keptRunText, readKeptResults } from './keptRunJson';
import {
  headerRows,
  type IndexRow,
  MAX_KEPT_RUNS,
  MAX_RUN_CELLS,
  readIndex,
  readParts,
  readSummaries,
  RUN_HISTORY_SHEET,
  runRow,
  splitParts,
  usedWidth,
} from './runHistorySheet';
import { type CellInput, type WorkbookHost } from './workbookHost';

/**
 * The run history's operations over any host: list and read the kept runs, keep a new one (all or
 * nothing, the oldest readable run making room when the history is full), remove one. Rows that
 * cannot be read are reported and never written over.
 */

type RunRow = IndexRow & { kind: 'run' };

const total = (results: RunToKeep['results'], key: 'requestedTrials' | 'completedTrials') =>
  results.scenarios.reduce((sum, s) => sum + s.summary[key], 0);

function summaryOf(number: number, keptAt: string, run: RunToKeep): KeptRunSummary {
  const { results } = run;
  return {
    id: String(number),
    keptAt,
    seed: results.seed,
    trials: results.trials,
    requestedTrials: total(results, 'requestedTrials'),
    completedTrials: total(results, 'completedTrials'),
    analysesCancelled: run.analysesCancelled,
    baseline: results.proposals[0],
    proposals: results.proposals,
    scenarios: results.scenarios.map((s) => s.scenario),
    model: run.model,
  };
}

/** The row a new run goes to: the first free one, else the oldest readable run's. */
function slotFor(index: readonly IndexRow[]): number {
  const free = index.find((r) => r.kind === 'empty');
  if (free) return free.row;
  const runs = index.filter((r): r is RunRow => r.kind === 'run');
  if (runs.length === 0)
    throw new Error(
      `The run history on the hidden sheet "${RUN_HISTORY_SHEET}" has no row that can be read, so the run was not kept (nothing is written over rows that cannot be read). Delete that sheet to start a new history.`,
    );
  return runs.reduce((oldest, r) => (r.number < oldest.number ? r : oldest)).row;
}

const blankRow = (width: number): CellInput[] => new Array<CellInput>(width).fill(null);

export function createRunHistoryOperations(
  host: WorkbookHost,
  clock: () => Date,
): RunHistoryOperations {
  async function list(): Promise<RunHistory> {
    const index = await readIndex(host);
    if (index === null) return { runs: [], unreadable: [], limit: MAX_KEPT_RUNS };
    const { runs, unreadable } = await readSummaries(host, index);
    runs.sort((a, b) => b.row.number - a.row.number);
    return { runs: runs.map((r) => r.summary), unreadable, limit: MAX_KEPT_RUNS };
  }

  async function read(id: string): Promise<KeptRun | null> {
    const index = await readIndex(host);
    const { runs } = index === null ? { runs: [] } : await readSummaries(host, index);
    const found = runs.find((r) => r.summary.id === id);
    if (!found) return null;
    const { row, summaryCells, resultCells } = found.row;
    const cells = (await readParts(host, [{ row, count: summaryCells + resultCells }])).get(row);
    const results = readKeptResults((cells ?? []).slice(summaryCells).join(''));
    if (results.kind === 'invalid')
      throw new Error(`The run kept at ${found.summary.keptAt} cannot be read. ${results.message}`);
    return { ...found.summary, results: results.value };
  }

  async function keep(run: RunToKeep): Promise<KeptRunSummary> {
    const keptAt = clock().toISOString();
    const kept = await allOrNothing(host, async (journal) => {
      let index = await readIndex(journal);
      if (index === null) {
        await journal.ensureSheet(RUN_HISTORY_SHEET);
        await journal.writeRange(RUN_HISTORY_SHEET, 'A1', headerRows());
        index = (await readIndex(journal)) as IndexRow[];
      }
      const numbers = index.filter((r): r is RunRow => r.kind === 'run').map((r) => r.number);
      const number = Math.max(0, ...numbers) + 1;
      const summary = summaryOf(number, keptAt, run);
      const summaryParts = splitParts(keptRunText(summary));
      const resultParts = splitParts(keptRunText(run.results));
      const cells = summaryParts.length + resultParts.length;
      if (cells > MAX_RUN_CELLS)
        throw new Error(
          `This run is too large to keep in the workbook (${cells} cells of text; a run may take ${MAX_RUN_CELLS}). Its results still show here; fewer proposals or scenarios per run keep it smaller.`,
        );
      const row = runRow(number, keptAt, summaryParts, resultParts);
      // Cells a longer run left in the slot are blanked in the same write.
      const width = Math.max(row.length, await usedWidth(journal));
      const padded = [...row, ...blankRow(width - row.length)];
      await journal.writeRange(RUN_HISTORY_SHEET, `A${slotFor(index)}`, [padded]);
      return summary;
    });
    await hide();
    return kept;
  }

  async function remove(id: string): Promise<void> {
    await allOrNothing(host, async (journal) => {
      const index = await readIndex(journal);
      const row = index?.find((r): r is RunRow => r.kind === 'run' && String(r.number) === id);
      if (!row) return;
      await journal.writeRange(RUN_HISTORY_SHEET, `A${row.row}`, [
        blankRow(await usedWidth(journal)),
      ]);
    });
  }

  /** Tidying after a complete write, like showing a sheet: a host that cannot hide it shows it. */
  async function hide(): Promise<void> {
    await host.hideSheet?.(RUN_HISTORY_SHEET).catch(() => undefined);
  }

  return { list, read, keep, remove };
}
