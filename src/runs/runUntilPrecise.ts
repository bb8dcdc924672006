import { type SimulationPartial } from '../engine/simulation/monteCarlo';
import {
  checkPrecision,
  chosenFigures,
  FLOOR_SHARE_OF_MONTHLY_CHARGES,
  nextCheckpoint,
  type PrecisionCheck,
} from '../engine/simulation/precisionTarget';
import { type SimulationConfig } from '../engine/simulation/simulationSetup';
import {
  summariseSimulation,
  type SimulationSummary,
} from '../engine/simulation/simulationSummary';
import { runLimited } from './runLimited';
import { type PrecisionReport } from './scenarioResults';
import { type SimulationRequest } from './simulationRequest';
import { type SimulationWork } from './simulationWork';

/**
 * The comparison of a run until precise: every scenario is taken to the same checkpoint, the
 * chosen figures are checked against the target (the engine's stopping rule), and the run goes on
 * to the next checkpoint until they are precise or the cap is reached. Every scenario stops at the
 * same number of trials, so the results read like a fixed run of that many — and are exactly
 * those of one, since a trial depends only on the seed and its index.
 */

export type PreciseComparison =
  | {
      readonly kind: 'done';
      readonly trials: number;
      readonly summaries: readonly SimulationSummary[];
      readonly report: PrecisionReport;
    }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

/** The summary a fixed run of the trials done would give (it asked for exactly those). */
const summaryOfTrialsDone = (partial: SimulationPartial) =>
  summariseSimulation({ ...partial, requestedTrials: partial.completedTrials });

function report(check: PrecisionCheck, target: number, cap: number): PrecisionReport {
  const worst = check.worst;
  return {
    target,
    cap,
    reached: check.precise,
    worst:
      worst === null
        ? null
        : {
            scenario: worst.figure.scenario,
            proposal: worst.figure.proposal,
            figure: worst.figure.figure,
            relative: worst.relative,
          },
  };
}

export async function runUntilPrecise(
  request: SimulationRequest,
  configs: readonly SimulationConfig[],
  target: number,
  work: SimulationWork,
  onSlice: (trials: number, stage: string) => void,
): Promise<PreciseComparison> {
  const cap = request.trials;
  const floors = new Map(
    request.proposals.map((p) => [
      p.id,
      FLOOR_SHARE_OF_MONTHLY_CHARGES * Math.abs(p.contract.monthlyCharges),
    ]),
  );
  const floorOf = (id: string) => floors.get(id) ?? 0;
  const partials: (SimulationPartial | null)[] = configs.map(() => null);
  let done = 0;
  let next = nextCheckpoint(0, Infinity, target, cap);
  for (;;) {
    let stopped = null as Exclude<PreciseComparison, { kind: 'done' }> | null;
    await runLimited(configs, work.concurrency, async (config, i) => {
      if (stopped) return;
      const stage = `Simulating ${config.scenario.name} until precise`;
      const extended = await work.extend(config, partials[i], done, next, (trials) =>
        onSlice(trials, stage),
      );
      if (extended.kind !== 'done') stopped ??= extended;
      else partials[i] = extended.partial;
    });
    if (stopped) return stopped;
    done = next;
    const summaries = partials.map((p) => summaryOfTrialsDone(p as SimulationPartial));
    const figures = summaries.flatMap((summary, i) =>
      chosenFigures(configs[i].scenario.name, summary, floorOf),
    );
    const check = checkPrecision(figures, target);
    if (check.precise || done >= cap)
      return { kind: 'done', trials: done, summaries, report: report(check, target, cap) };
    next = nextCheckpoint(done, check.worst?.relative ?? 0, target, cap);
  }
}
