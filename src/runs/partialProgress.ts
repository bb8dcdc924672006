import { type AnalysesSoFar, type PartialRunResults } from './partialResults';
import { type ScenarioRunResults } from './scenarioResults';
import { type RunProgress } from './simulationRequest';

/**
 * The page side of a run's progress: remembers the latest progress and what has finished, and
 * hands the listener each progress with the results so far; something newly finished is told at
 * once, with the latest progress, rather than waiting for the next progress message.
 */
export interface PartialProgress {
  progress(progress: RunProgress): void;
  comparison(results: ScenarioRunResults): void;
  analyses(analyses: AnalysesSoFar): void;
  /** The latest progress heard (null before any). */
  readonly last: RunProgress | null;
  /** The finished comparison, or null before it is complete. */
  readonly finishedComparison: ScenarioRunResults | null;
}

export function partialProgress(listener: (progress: RunProgress) => void): PartialProgress {
  let last: RunProgress | null = null;
  let partial: PartialRunResults | null = null;
  const tell = () => {
    if (last !== null) listener(partial === null ? last : { ...last, partial });
  };
  return {
    progress(progress) {
      last = progress;
      tell();
    },
    comparison(comparison) {
      partial = { comparison, analyses: null };
      tell();
    },
    analyses(analyses) {
      if (partial === null) return;
      partial = { ...partial, analyses };
      tell();
    },
    get last() {
      return last;
    },
    get finishedComparison() {
      return partial?.comparison ?? null;
    },
  };
}
