import {
  type GoalSeekRequest,
  type GoalSeekResult,
  type GoalSeekStep,
  goalSeekSteps,
} from '../engine/analyses/goalSeek';

/**
 * A goal seek run off the pane's thread: the engine's search one simulation at a time, the job
 * pausing after each so the worker hears a cancel and the pane hears how far the search has got.
 * Plain data in and out, like a simulation run.
 */

/** The latest evaluation: how many so far, the term's value tried and the figure there. */
export type GoalSeekProgress = GoalSeekStep;

export type GoalSeekOutcome =
  | { readonly kind: 'found'; readonly result: GoalSeekResult }
  | { readonly kind: 'cancelled' }
  /** Not reachable in range, an invalid request, or a failed simulation: the engine's message. */
  | { readonly kind: 'failed'; readonly message: string };

export interface GoalSeekControl {
  readonly onProgress: (progress: GoalSeekProgress) => void;
  readonly isCancelled: () => boolean;
  /** Lets pending events in; resolves when the job may go on. */
  readonly pause: () => Promise<void>;
}

export async function runGoalSeekJob(
  request: GoalSeekRequest,
  control: GoalSeekControl,
): Promise<GoalSeekOutcome> {
  // Within an evaluation the simulation itself checks for a cancel between slices of trials.
  const steps = goalSeekSteps(request, { shouldCancel: control.isCancelled });
  let next = steps.next();
  while (!next.done) {
    control.onProgress(next.value);
    await control.pause();
    if (control.isCancelled()) return { kind: 'cancelled' };
    next = steps.next();
  }
  if (control.isCancelled()) return { kind: 'cancelled' };
  const answer = next.value;
  return answer.ok
    ? { kind: 'found', result: answer.value }
    : { kind: 'failed', message: answer.error.message };
}
