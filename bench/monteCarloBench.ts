import { simulate } from '../src/engine/simulation/monteCarlo';
import {
  referenceProposal,
  referenceScenario,
  REFERENCE_SERVICE_LEVELS,
  REFERENCE_TERM_MONTHS,
} from '../src/engine/simulation/referenceContract';
import { unwrap } from '../src/engine/rules/result';
import { type SimulationSummary } from '../src/engine/simulation/simulationSummary';
import { medianOf } from './timing';

/** The reference contract of docs/benchmark-model.md through the project's general engine, one thread. */
export interface MonteCarloFigures {
  trials: number;
  ms: number;
  slMonthsPerSec: number;
  mean: number;
  p5: number;
  p50: number;
  p95: number;
}

export function runReference(trials: number, seed = 1): SimulationSummary {
  return unwrap(
    simulate({
      proposals: [referenceProposal()],
      scenario: referenceScenario(),
      trials,
      seed,
      progressEvery: trials,
    }),
  );
}

export function benchMonteCarlo(trials: number, runs: number): MonteCarloFigures {
  const { ms, value } = medianOf(runs, 1, () => runReference(trials));
  const net = value.proposals[0].net;
  return {
    trials,
    ms,
    slMonthsPerSec: (trials * REFERENCE_SERVICE_LEVELS * REFERENCE_TERM_MONTHS) / (ms / 1000),
    mean: net.mean,
    p5: net.p5,
    p50: net.p50,
    p95: net.p95,
  };
}
