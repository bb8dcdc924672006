import { type NumberConvention } from '../../engine/rules/numberText';
import { type KeptRunSummary } from '../../workbook/keptRun';
import { figureText } from '../share/contentsText';

/**
 * Kept runs and their figures in words, numbers in the user's convention (the marks the pane's
 * fields use: "10.800 EUR" and "12,5%" in German), so a run read back reads as the fields do.
 */

/** When a run was kept, in the user's date and time. */
export const keptAtText = (keptAt: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(keptAt),
  );

const sign = (x: number, signed: boolean) => (x < 0 ? '−' : signed && x > 0 ? '+' : '');

/** Whole units of money with the currency code; "–" for what the engine could not compute. */
export function moneyFigure(
  x: number,
  currency: string,
  convention: NumberConvention,
  signed = false,
): string {
  if (!Number.isFinite(x)) return '–';
  const whole = Math.round(x);
  return `${sign(whole, signed)}${figureText(Math.abs(whole), convention)} ${currency}`;
}

/** A probability as a percentage with one decimal; a difference of two as signed points ("+2.5 pp"). */
export function shareFigure(p: number, convention: NumberConvention, difference = false): string {
  if (!Number.isFinite(p)) return '–';
  const tenths = Math.round(p * 1000) / 10;
  const text = figureText(Math.abs(tenths), convention, 1);
  return difference ? `${sign(tenths, true)}${text} pp` : `${sign(tenths, false)}${text}%`;
}

/** "2 proposals × 3 scenarios" */
export function runShapeText(run: KeptRunSummary, convention: NumberConvention): string {
  const counted = (n: number, one: string) =>
    `${figureText(n, convention)} ${one}${n === 1 ? '' : 's'}`;
  return `${counted(run.proposals.length, 'proposal')} × ${counted(run.scenarios.length, 'scenario')}`;
}

/** "2,000 trials per scenario, seed 42" (fewer when the comparison stopped short). */
export function runSettingsText(run: KeptRunSummary, convention: NumberConvention): string {
  const short =
    run.completedTrials < run.requestedTrials
      ? ` (${figureText(run.completedTrials, convention)} of ${figureText(run.requestedTrials, convention)} simulated)`
      : '';
  return `${figureText(run.trials, convention)} trials per scenario${short}, seed ${run.seed}`;
}

/** The line naming a run in the history and in the side-by-side choices. */
export function runLabel(run: KeptRunSummary, convention: NumberConvention): string {
  return `${keptAtText(run.keptAt)} · ${runSettingsText(run, convention)}`;
}
