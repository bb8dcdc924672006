import { hasDependence, withoutDependence } from '../engine/simulation/independentScenario';
import { type Interval } from '../engine/simulation/precision';
import { type ProposalOutcome } from '../engine/simulation/simulationSummary';
import { type Proposal } from '../engine/terms/proposal';
import { type Scenario } from '../engine/simulation/scenario';
import { type NamedRef } from './scenarioResults';
import { type RunProgress } from './simulationRequest';
import { type RunningSimulation, type SimulationRunner } from './simulationRunner';

/**
 * "Why correlation matters": one scenario run twice in one request — as entered, and with its
 * service levels independent and no bad month — on the same seed and trials, so the two differ by
 * the dependence alone. Per proposal, the risk figures a risk-priced fee rests on, side by side.
 */

export interface DependenceFigures {
  /** Share of trials in which some month's credits reach the at-risk amount. */
  readonly capHitProbability: number;
  readonly expectedCapHitMonths: number;
  readonly meanNet: number;
  readonly p5Net: number;
  /** The 95 % Monte Carlo intervals of the three figures the pane shows. */
  readonly intervals: {
    readonly capHit: Interval;
    readonly capHitMonths: Interval;
    readonly p5Net: Interval;
  };
}

export interface DependenceEffectRow {
  readonly proposal: NamedRef;
  readonly dependent: DependenceFigures;
  readonly independent: DependenceFigures;
}

export interface DependenceEffect {
  readonly scenario: NamedRef;
  readonly trials: number;
  readonly seed: number;
  readonly currency: string;
  readonly rows: readonly DependenceEffectRow[];
}

export type DependenceRunOutcome =
  | { readonly kind: 'completed'; readonly effect: DependenceEffect }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

export interface RunningDependenceEffect {
  readonly result: Promise<DependenceRunOutcome>;
  cancel(): void;
}

/** Id of the independent copy inside the run; no user id can hold the NUL character. */
const INDEPENDENT_SUFFIX = '\u0000independent';

const figures = (o: ProposalOutcome): DependenceFigures => ({
  capHitProbability: o.capHitProbability,
  expectedCapHitMonths: o.expectedCapHitMonths,
  meanNet: o.net.mean,
  p5Net: o.net.p5,
  intervals: {
    capHit: o.precision.capHit,
    capHitMonths: o.precision.expectedCapHitMonths,
    p5Net: o.net.precision.p5,
  },
});

export function runDependenceEffect(
  runner: SimulationRunner,
  proposals: readonly Proposal[],
  scenario: Scenario,
  settings: { readonly trials: number; readonly seed: number },
  onProgress: (progress: RunProgress) => void,
): RunningDependenceEffect {
  if (!hasDependence(scenario))
    return {
      result: Promise.resolve({
        kind: 'failed',
        message: `Scenario "${scenario.name}" has no correlation and no bad month to compare.`,
      }),
      cancel: () => undefined,
    };
  const running: RunningSimulation = runner.run(
    {
      proposals,
      scenarios: [scenario, withoutDependence(scenario, scenario.id + INDEPENDENT_SUFFIX)],
      trials: settings.trials,
      seed: settings.seed,
      analysis: null,
    },
    onProgress,
  );
  const result = running.result.then((outcome): DependenceRunOutcome => {
    if (outcome.kind === 'failed') return outcome;
    if (outcome.kind === 'cancelled') return { kind: 'cancelled' };
    const [dependent, independent] = outcome.results.scenarios.map((s) => s.summary.proposals);
    return {
      kind: 'completed',
      effect: {
        scenario: { id: scenario.id, name: scenario.name },
        trials: outcome.results.trials,
        seed: outcome.results.seed,
        currency: outcome.results.currency,
        rows: outcome.results.proposals.map((proposal, i) => ({
          proposal,
          dependent: figures(dependent[i]),
          independent: figures(independent[i]),
        })),
      },
    };
  });
  return { result, cancel: () => running.cancel() };
}
