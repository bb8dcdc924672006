import { proposalBatches } from '../engine/analyses/customerCosts';
import {
  effectsFromCosts,
  type MeasureEffects,
  type TermDifferencePlan,
} from '../engine/analyses/termDifferences';
import { type Scenario } from '../engine/simulation/scenario';
import { type NamedRef, outcomeOf } from './scenarioResults';
import { type RunProgress, type SimulationRequest } from './simulationRequest';
import { type SimulationRunner } from './simulationRunner';

/**
 * The scenario part of a term-by-term comparison, off the pane's thread: the plan's contracts
 * (left, each single difference, right) under every scenario, as ordinary comparison requests with
 * the analyses off. More contracts than one run takes go in several runs of the same seed, one
 * after another; common random numbers hold across them (see customerCosts.ts).
 */

export interface ScenarioEffects {
  readonly scenario: NamedRef;
  readonly effects: MeasureEffects;
}

export type TermRunOutcome =
  | { readonly kind: 'completed'; readonly scenarios: readonly ScenarioEffects[] }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

export interface RunningTermDifferences {
  readonly result: Promise<TermRunOutcome>;
  cancel(): void;
}

export interface TermRunSettings {
  readonly trials: number;
  readonly seed: number;
}

/** One request per batch of contracts, every scenario in each. */
export function termDifferenceRequests(
  plan: TermDifferencePlan,
  scenarios: readonly Scenario[],
  settings: TermRunSettings,
): SimulationRequest[] {
  return proposalBatches(plan.contracts).map((proposals) => ({
    proposals,
    scenarios,
    ...settings,
    analysis: null,
  }));
}

export function runTermDifferences(
  runner: SimulationRunner,
  plan: TermDifferencePlan,
  scenarios: readonly Scenario[],
  settings: TermRunSettings,
  onProgress: (progress: RunProgress) => void,
): RunningTermDifferences {
  const requests = termDifferenceRequests(plan, scenarios, settings);
  const work = (r: SimulationRequest) => r.proposals.length * r.scenarios.length * r.trials;
  const total = requests.reduce((sum, r) => sum + work(r), 0);
  let cancelled = false;
  let current: { cancel(): void } | null = null;

  async function runAll(): Promise<TermRunOutcome> {
    // costs[scenario][contract], filled batch by batch.
    const costs: number[][] = scenarios.map(() => []);
    let done = 0;
    for (const request of requests) {
      if (cancelled) return { kind: 'cancelled' };
      const running = runner.run(request, (p) =>
        onProgress({ ...p, done: done + p.done, total, stage: p.stage }),
      );
      current = running;
      const outcome = await running.result;
      current = null;
      if (outcome.kind === 'cancelled') return { kind: 'cancelled' };
      if (outcome.kind === 'failed') return outcome;
      scenarios.forEach((scenario, s) => {
        for (const p of request.proposals) {
          const mean = outcomeOf(outcome.results, scenario.id, p.id)?.customerCost.mean;
          costs[s].push(mean ?? NaN);
        }
      });
      done += work(request);
    }
    return {
      kind: 'completed',
      scenarios: scenarios.map((scenario, s) => ({
        scenario: { id: scenario.id, name: scenario.name },
        effects: effectsFromCosts(plan, costs[s]),
      })),
    };
  }

  return {
    result: runAll(),
    cancel() {
      cancelled = true;
      current?.cancel();
    },
  };
}
