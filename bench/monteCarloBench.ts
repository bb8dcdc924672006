import { simulate } from '../src/engine/simulation/monteCarlo';
import {
  referenceCorrelatedScenario,
  referenceProposal,
  referenceScenario,
  REFERENCE_SERVICE_LEVELS,
  REFERENCE_TERM_MONTHS,
} from '../src/engine/simulation/referenceContract';
import { unwrap } from '../src/engine/rules/result';
import { type SimulationSummary } from '../src/engine/simulation/simulationSummary';
import { median, medianOf, timeMs } from './timing';

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

export function runReference(trials: number, seed = 1, correlated = false): SimulationSummary {
  return unwrap(
    simulate({
      proposals: [referenceProposal()],
      scenario: correlated ? referenceCorrelatedScenario() : referenceScenario(),
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

export interface CorrelationFigures {
  independentMs: number;
  correlatedMs: number;
  /** Extra time of the correlated run, as a share of the independent one. */
  cost: number;
  /** The correlated run's net P5 and the share of trials at the cap, against the independent run's. */
  p5: number;
  independentP5: number;
  capHit: number;
  independentCapHit: number;
}

/** The reference contract with and without correlation, timed alternately so machine noise hits both. */
export function benchCorrelation(trials: number, runs: number): CorrelationFigures {
  runReference(trials, 1, true);
  runReference(trials, 1, false);
  const independent: number[] = [];
  const correlated: number[] = [];
  let last = { independent: runReference(1), correlated: runReference(1) };
  for (let i = 0; i < runs; i++) {
    const a = timeMs(() => runReference(trials, 1, false));
    const b = timeMs(() => runReference(trials, 1, true));
    independent.push(a.ms);
    correlated.push(b.ms);
    last = { independent: a.value, correlated: b.value };
  }
  const [independentMs, correlatedMs] = [median(independent), median(correlated)];
  const [free, tied] = [last.independent.proposals[0], last.correlated.proposals[0]];
  return {
    independentMs,
    correlatedMs,
    cost: correlatedMs / independentMs - 1,
    p5: tied.net.p5,
    independentP5: free.net.p5,
    capHit: tied.capHitProbability,
    independentCapHit: free.capHitProbability,
  };
}
