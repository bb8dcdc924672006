import { type GoalSeekResult } from '../../engine/analyses/goalSeek';
import { type GoalSeekFigure } from '../../engine/analyses/goalSeekFigures';
import { type NumberConvention } from '../../engine/rules/numberText';
import { figureText } from '../share/contentsText';

/**
 * A goal seek's answer in plain words, numbers in the user's convention: the value found, the
 * figure there with its Monte Carlo margin of error, how closely the value was pinned down, and
 * whether the figure jumps past the target rather than reaching it.
 */

export const FIGURE_LABELS: Record<GoalSeekFigure, string> = {
  expectedNet: 'Expected net',
  p5Net: 'P5 net',
  expectedMargin: 'Expected margin',
};

/** Shown with "%" after a space where the comma is the decimal mark ("12,5 %"), else "12.5%". */
export function percentShown(share: number, convention: NumberConvention, digits: number): string {
  const text = figureText(share * 100, convention, digits);
  return convention.decimal === ',' ? `${text} %` : `${text}%`;
}

/** A term's value: money with cents at most, shares as percentages to the digits they carry. */
export function termValueText(
  value: number,
  percent: boolean,
  currency: string,
  convention: NumberConvention,
): string {
  return percent
    ? percentShown(value, convention, 6)
    : `${figureText(value, convention, 2)} ${currency}`;
}

function figureValueText(
  figure: GoalSeekFigure,
  x: number,
  currency: string,
  convention: NumberConvention,
): string {
  return figure === 'expectedMargin'
    ? percentShown(x, convention, 2)
    : `${figureText(x, convention)} ${currency}`;
}

/** A misses of the target larger than this shows the figure jumps (money in whole units, margin to 0.005%). */
const visibleGap = (figure: GoalSeekFigure) => (figure === 'expectedMargin' ? 5e-5 : 0.5);

/** Two significant digits: a precision, not an amount. */
const roughly = (x: number) => Number(x.toPrecision(2));

export interface GoalSeekLines {
  /** "Expected net there: −60.000 EUR ± 2.104 EUR (95 %, from the trials' randomness)." */
  readonly reached: string;
  /** "Value found to within 0,00012 %." */
  readonly pinned: string;
  /** Where the figure jumps past the target: between which values, from what to what. */
  readonly jump: string | null;
}

export function goalSeekLines(
  result: GoalSeekResult,
  percent: boolean,
  currency: string,
  convention: NumberConvention,
): GoalSeekLines {
  const { figure, precision, bracket } = result;
  const shown = (x: number) => figureValueText(figure, x, currency, convention);
  const half = (precision.interval.upper - precision.interval.lower) / 2;
  const confidence = percentShown(precision.confidence, convention, 0);
  const width = roughly(precision.bracketWidth);
  const pinned =
    width === 0
      ? 'The value is exact: the figure meets the target there.'
      : `Value found to within ${percent ? percentShown(width, convention, 12) : `${figureText(width, convention, 12)} ${currency}`}.`;
  const value = (x: number) => termValueText(x, percent, currency, convention);
  return {
    reached: `${FIGURE_LABELS[figure]} there: ${shown(result.reached)} ± ${shown(half)} (${confidence}, from the trials' randomness).`,
    pinned,
    jump:
      precision.figureGap > visibleGap(figure)
        ? `The figure jumps past the target there: ${shown(bracket.figureAtLower)} at ${value(bracket.lower)}, ${shown(bracket.figureAtUpper)} at ${value(bracket.upper)}.`
        : null,
  };
}
