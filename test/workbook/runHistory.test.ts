import { type ScenarioRunResults } from '../../src/runs/scenarioResults';
import { type RunToKeep } from '../../src/workbook/keptRun';
import { type MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';
import { createRunHistoryOperations } from '../../src/workbook/runHistoryOperations';
import {
  MAX_KEPT_RUNS,
  MAX_RUN_CELLS,
  PART_CHARS,
  RUN_HISTORY_SHEET,
} from '../../src/workbook/runHistorySheet';
import { type WorkbookHost } from '../../src/workbook/workbookHost';
import { MAX_CELL_TEXT } from '../../src/workbook/workbookRules';
import { copyOf, faultyHost, type FaultMode, workbookContent } from './support/faultyHost';
import { results, withSample } from './support/writeScenarios';

/**
 * The run history over the in-memory workbook: runs kept on the OM_RunHistory sheet, one row
 * each, read back whole after the workbook is saved and reopened; twenty at most; unreadable rows
 * reported and never written over; a failing write leaving the workbook as it was.
 */

let minute = 0;
const clock = () => new Date(Date.UTC(2026, 0, 15, 9, minute++));
const history = (host: WorkbookHost) => createRunHistoryOperations(host, clock);

const VERSION = {
  revision: { id: '812-abc', savedAt: '2026-01-15T08:00:00.000Z' },
  unwrittenEdits: true,
  fingerprint: 'k2-0badf00d',
};
const run = (r: ScenarioRunResults, analysesCancelled = false): RunToKeep => ({
  results: r,
  model: VERSION,
  analysesCancelled,
});

/** The results with a figure the engine could not compute (no trials) and an infinite one. */
function withNonFinite(r: ScenarioRunResults): ScenarioRunResults {
  const [scenario] = r.scenarios;
  const [first, ...rest] = scenario.summary.proposals;
  return {
    ...r,
    scenarios: [
      {
        ...scenario,
        summary: {
          ...scenario.summary,
          proposals: [
            { ...first, capHitProbability: NaN, expectedCapHitMonths: Infinity },
            ...rest,
          ],
        },
      },
    ],
  };
}

const rowCells = async (host: WorkbookHost, row: number) =>
  (await host.readRange(RUN_HISTORY_SHEET, `A${row}:BZ${row}`))[0];

beforeEach(() => {
  minute = 0;
});

describe('keeping runs in the workbook', () => {
  it('keeps a run with its settings and reads it back whole after the file is reopened', async () => {
    const host = await withSample();
    const r = results(0.15);
    const kept = await history(host).keep(run(r));
    expect(kept).toEqual({
      id: '1',
      keptAt: '2026-01-15T09:00:00.000Z',
      seed: 7,
      trials: 200,
      // One scenario of 200 trials.
      requestedTrials: 200,
      completedTrials: 200,
      analysesCancelled: false,
      baseline: { id: 'offer', name: 'Our offer' },
      proposals: [
        { id: 'offer', name: 'Our offer' },
        { id: 'counter', name: 'Their counter' },
      ],
      scenarios: [{ id: 'expected', name: 'As expected' }],
      model: VERSION,
    });

    const reopened = copyOf(host);
    expect(await history(reopened).list()).toEqual({
      runs: [kept],
      unreadable: [],
      limit: MAX_KEPT_RUNS,
    });
    expect(await history(reopened).read('1')).toEqual({ ...kept, results: r });
    expect(await history(reopened).read('2')).toBeNull();
    // One row under the title and headers: index cells, then text cells of JSON.
    const row = await rowCells(reopened, 3);
    expect(row.slice(0, 5)).toEqual([1, '2026-01-15T09:00:00.000Z', 1, 1, 1]);
    expect(JSON.parse(row[6] as string)).toEqual(JSON.parse(JSON.stringify(r)));
  });

  it('keeps figures the engine could not compute (NaN) and infinities as they were', async () => {
    const host = await withSample();
    const r = withNonFinite(results(0.15));
    const { id } = await history(host).keep(run(r, true));
    const back = await history(copyOf(host)).read(id);
    const outcome = back?.results.scenarios[0].summary.proposals[0];
    expect(outcome?.capHitProbability).toBeNaN();
    expect(outcome?.expectedCapHitMonths).toBe(Infinity);
    expect(back?.analysesCancelled).toBe(true);
    expect(back?.results).toEqual(r);
  });

  it('lists the newest first and keeps the last twenty, the oldest making room', async () => {
    const host = await withSample();
    for (let i = 0; i < MAX_KEPT_RUNS + 2; i++)
      await history(host).keep(run({ ...results(0.15), seed: 100 + i }));
    const { runs, unreadable } = await history(host).list();
    expect(unreadable).toEqual([]);
    expect(runs.map((k) => k.id)).toEqual(
      Array.from({ length: MAX_KEPT_RUNS }, (_, i) => String(MAX_KEPT_RUNS + 2 - i)),
    );
    // Runs 21 and 22 took the rows of runs 1 and 2; the seeds say which run is which.
    expect(runs.map((k) => k.seed).slice(0, 2)).toEqual([121, 120]);
    expect((await rowCells(host, 3))[0]).toBe(21);
    expect((await rowCells(host, 4))[0]).toBe(22);
    expect(await history(host).read('1')).toBeNull();
    expect((await history(host).read('22'))?.results.seed).toBe(121);
    expect(await host.usedAddress(RUN_HISTORY_SHEET)).toMatch(/:[A-Z]+22$/);
  });

  it('splits a long run across cells, never inside a character, and reads it back', async () => {
    const host = await withSample();
    const r = results(0.15);
    // An astral letter is two UTF-16 units: 1 + 2 × 40,000 puts a cell boundary inside one.
    const name = 'x' + '𝐀'.repeat(40_000);
    const long = { ...r, proposals: [r.proposals[0], { ...r.proposals[1], name }] };
    const { id } = await history(host).keep(run(long));
    const row = await rowCells(host, 3);
    const [, , , summaryCells, resultCells] = row as number[];
    expect(summaryCells).toBeGreaterThanOrEqual(3);
    expect(resultCells).toBeGreaterThanOrEqual(3);
    for (const cell of row.slice(5, 5 + summaryCells + resultCells)) {
      expect(typeof cell).toBe('string');
      expect((cell as string).length).toBeLessThanOrEqual(PART_CHARS);
      expect((cell as string).length).toBeLessThan(MAX_CELL_TEXT);
      expect(cell).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
    expect((await history(copyOf(host)).read(id))?.results).toEqual(long);
  });

  it('refuses a run too large for one write, writing nothing', async () => {
    const host = await withSample();
    const before = workbookContent(host);
    const r = results(0.15);
    const huge = {
      ...r,
      proposals: [
        r.proposals[0],
        { ...r.proposals[1], name: 'y'.repeat(PART_CHARS * MAX_RUN_CELLS) },
      ],
    };
    await expect(history(host).keep(run(huge))).rejects.toThrow(/too large to keep/);
    expect(workbookContent(host)).toEqual(before);
  });

  it('removes a kept run, leaving the others', async () => {
    const host = await withSample();
    await history(host).keep(run(results(0.15)));
    await history(host).keep(run(results(0.2)));
    await history(host).remove('1');
    await history(host).remove('9');
    expect((await history(host).list()).runs.map((k) => k.id)).toEqual(['2']);
    // The freed row takes the next run.
    await history(host).keep(run(results(0.25)));
    expect((await rowCells(host, 3))[0]).toBe(3);
  });

  it('asks a host that can hide sheets to hide the history once it is written', async () => {
    const inner = await withSample();
    const hidden: string[] = [];
    const host: WorkbookHost = Object.assign(Object.create(inner) as MemoryWorkbookHost, {
      hideSheet: async (name: string) => void hidden.push(name),
    });
    await history(host).keep(run(results(0.15)));
    expect(hidden).toEqual([RUN_HISTORY_SHEET]);
  });
});

describe('a history that cannot be read', () => {
  async function withTwoRuns() {
    const host = await withSample();
    await history(host).keep(run(results(0.15)));
    await history(host).keep(run(results(0.2)));
    return host;
  }

  it('reports a row whose summary is not JSON and lists the others', async () => {
    const host = await withTwoRuns();
    await host.writeRange(RUN_HISTORY_SHEET, 'F3', [['{"id":"1", broken']]);
    const { runs, unreadable } = await history(host).list();
    expect(runs.map((k) => k.id)).toEqual(['2']);
    expect(unreadable).toEqual([
      { row: 3, message: expect.stringMatching(/^Row 3: Its summary is not JSON/) },
    ]);
  });

  it('reports a row someone typed over and never writes over it, even when the history is full', async () => {
    const host = await withTwoRuns();
    await host.writeRange(RUN_HISTORY_SHEET, 'A3', [['my notes']]);
    const before = await rowCells(host, 3);
    for (let i = 0; i < MAX_KEPT_RUNS + 3; i++) await history(host).keep(run(results(0.15)));
    const { runs, unreadable } = await history(host).list();
    expect(unreadable).toEqual([{ row: 3, message: 'Row 3 is not a run this add-in kept.' }]);
    expect(runs).toHaveLength(MAX_KEPT_RUNS - 1);
    expect(await rowCells(host, 3)).toEqual(before);
  });

  it('refuses to read a run whose results were damaged, saying which', async () => {
    const host = await withTwoRuns();
    await host.writeRange(RUN_HISTORY_SHEET, 'G4', [['{"seed":"seven"}']]);
    await expect(history(host).read('2')).rejects.toThrow(
      /^The run kept at 2026-01-15T09:01:00.000Z cannot be read. Its results are not what this add-in wrote: seed:/,
    );
    expect((await history(host).read('1'))?.results).toEqual(results(0.15));
  });

  it('keeps nothing on a sheet of that name that is not a run history, and lists nothing from it', async () => {
    const host = await withSample();
    await host.ensureSheet(RUN_HISTORY_SHEET);
    await host.writeRange(RUN_HISTORY_SHEET, 'A1', [['Budget'], ['Run', 'Cost']]);
    const before = workbookContent(host);
    await expect(history(host).keep(run(results(0.15)))).rejects.toThrow(
      /does not hold the run history/,
    );
    await expect(history(host).list()).rejects.toThrow(/does not hold the run history/);
    expect(workbookContent(host)).toEqual(before);
  });
});

describe('when Excel fails part-way through keeping a run', () => {
  const starts: readonly { name: string; before: () => Promise<MemoryWorkbookHost> }[] = [
    { name: 'the first run (the sheet is new)', before: withSample },
    {
      name: 'a run over a full history (the oldest row is replaced)',
      before: async () => {
        const host = await withSample();
        for (let i = 0; i < MAX_KEPT_RUNS; i++) await history(host).keep(run(results(0.15)));
        return host;
      },
    },
  ];
  const modes: readonly FaultMode[] = ['before', 'after'];

  for (const start of starts)
    for (const mode of modes)
      it(`${start.name}: every failing change (${mode}) leaves the workbook as it was`, async () => {
        const template = await start.before();
        const unchanged = workbookContent(template);
        const probe = faultyHost(copyOf(template), []);
        await history(probe.host).keep(run(results(0.3)));
        const changes = probe.changes();
        expect(changes).toBeGreaterThan(0);
        for (let k = 1; k <= changes; k++) {
          const workbook = copyOf(template);
          const { host } = faultyHost(workbook, [k], mode);
          await expect(history(host).keep(run(results(0.3)))).rejects.toThrow(/fault at change/);
          expect({ k, content: workbookContent(workbook) }).toEqual({ k, content: unchanged });
        }
      });
});
