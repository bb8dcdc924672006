import { halfWidth, type Interval } from './precision';
import { type SimulationSummary } from './simulationSummary';

/**
 * "Run until precise": the stopping rule. A run stops when every chosen figure's 95 % interval is
 * within ±target of the figure — relative, e.g. ±1 % — or when it reaches its trial cap. A figure
 * near zero has no useful relative precision (±1 % of 0 is 0), so each figure has an absolute
 * floor: it is held to ±target of whichever is larger, the figure or the floor.
 *
 * Checks happen at checkpoints; the trials are the same whatever the checkpoints, so a run that
 * stops at n trials gives exactly the figures of a fixed run of n trials with the same seed.
 */

/** The figures a precise run holds to the target, per proposal under each scenario. */
export type ChosenFigure = 'expected net' | 'P5 net';

export interface PrecisionFigure {
  readonly scenario: string;
  readonly proposal: string;
  readonly figure: ChosenFigure;
  readonly estimate: number;
  readonly interval: Interval;
  /** Magnitude below which the target applies to the floor instead of the figure. */
  readonly floor: number;
}

export interface FigurePrecision {
  readonly figure: PrecisionFigure;
  /** Half-width of the interval relative to max(|figure|, floor): 0.018 = ±1.8 %. */
  readonly relative: number;
}

export interface PrecisionCheck {
  /** Every figure within the target. */
  readonly precise: boolean;
  /** The least precise figure (null when there are none). */
  readonly worst: FigurePrecision | null;
}

/** A near-zero figure is held to ±target of a tenth of the proposal's monthly charges. */
export const FLOOR_SHARE_OF_MONTHLY_CHARGES = 0.1;

/** Smallest and largest target a precise run accepts: below 0.1 % the quantile sketch's own 0.05 % would dominate. */
export const MIN_TARGET = 0.001;
export const MAX_TARGET = 0.5;

/** Trials at the first check, and the least and most a checkpoint grows the run by. */
export const FIRST_CHECKPOINT = 2_000;
const MIN_GROWTH = 1.25;
const MAX_GROWTH = 4;
/** Aim a little past the predicted need, so a run seldom needs one more checkpoint for the last few trials. */
const HEADROOM = 1.1;

/** Relative half-width of a figure's interval; 0 when it has none (every trial gave the same). */
export function relativeHalfWidth(f: PrecisionFigure): number {
  const half = halfWidth(f.estimate, f.interval);
  if (half === 0) return 0;
  const scale = Math.max(Math.abs(f.estimate), f.floor);
  const relative = half / scale;
  return Number.isFinite(relative) ? relative : Infinity;
}

export function checkPrecision(
  figures: readonly PrecisionFigure[],
  target: number,
): PrecisionCheck {
  let worst: FigurePrecision | null = null;
  for (const figure of figures) {
    const relative = relativeHalfWidth(figure);
    if (worst === null || relative > worst.relative) worst = { figure, relative };
  }
  return { precise: worst === null || worst.relative <= target, worst };
}

/** Expected net and P5 net of each proposal in a scenario's summary; `floorOf` gives a proposal's floor. */
export function chosenFigures(
  scenario: string,
  summary: SimulationSummary,
  floorOf: (proposalId: string) => number,
): PrecisionFigure[] {
  return summary.proposals.flatMap((o) => [
    {
      scenario,
      proposal: o.name,
      figure: 'expected net' as const,
      estimate: o.net.mean,
      interval: o.net.precision.mean,
      floor: floorOf(o.proposalId),
    },
    {
      scenario,
      proposal: o.name,
      figure: 'P5 net' as const,
      estimate: o.net.p5,
      interval: o.net.precision.p5,
      floor: floorOf(o.proposalId),
    },
  ]);
}

/** Rounds up to two significant digits, so checkpoints are counts a reader takes in (48,000, not 47,311). */
function roundUpNicely(n: number): number {
  if (n <= 100) return Math.ceil(n);
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.ceil(n / unit) * unit;
}

/**
 * Trials at the next check, after `done` trials left the worst figure at `worstRelative` against
 * `target`. An interval narrows with 1/√n, so about done·(worst/target)² trials should do; the
 * growth is held between 1.25× and 4× (a single noisy check must not send the run to the cap),
 * and never past the cap.
 */
export function nextCheckpoint(
  done: number,
  worstRelative: number,
  target: number,
  cap: number,
): number {
  if (done <= 0) return Math.min(cap, FIRST_CHECKPOINT);
  const ratio = worstRelative / target;
  const predicted = Number.isFinite(ratio) ? done * ratio * ratio * HEADROOM : Infinity;
  const growth = Math.min(MAX_GROWTH * done, Math.max(MIN_GROWTH * done, predicted));
  return Math.min(cap, roundUpNicely(growth));
}
