import { type BreakEvenResult } from '../../engine/analyses/breakEven';
import { ENGLISH_NUMBERS, type NumberConvention } from '../../engine/rules/numberText';
import { type Result } from '../../engine/rules/result';
import { type ServiceLevelRef } from '../../runs/scenarioResults';
import { levelText } from './resultText';
import { plusMinusText } from './precisionText';

/** A miss of the target smaller than this share of a month's at-risk amount is the granularity of the trials, not a cliff. */
const JUMP_SHARE_OF_AT_RISK = 0.01;

/**
 * The break-even level in a sentence. With step bands and a fixed level the expected net jumps past
 * the target instead of reaching it; the sentence then says between which levels it jumps, and by
 * how much, so nobody reads the level as a point where the provider's net is zero. The expected net
 * there is simulated: it carries ± its 95 % Monte Carlo interval, like the goal seek's figure.
 */
export function breakEvenText(
  result: Result<BreakEvenResult>,
  sl: ServiceLevelRef,
  monthlyAtRisk: number,
  money: (x: number) => string,
  convention?: NumberConvention,
): string {
  if (!result.ok) return result.error.message;
  const be = result.value;
  const unit = sl.unit === '' || sl.unit === '%' ? sl.unit : ` ${sl.unit}`;
  const text = `${sl.name} breaks even at ${levelText(be.level, convention)}${unit}: the expected net there is ${money(be.net)}${plusMinusText(be.net, be.netInterval, convention ?? ENGLISH_NUMBERS)} (target ${money(be.targetNet)}).`;
  const { lower, upper, netAtLower, netAtUpper } = be.bracket;
  // Reached (within the trials' granularity): the level is a break-even point, whatever the bracket.
  if (!(Math.abs(be.net - be.targetNet) > JUMP_SHARE_OF_AT_RISK * monthlyAtRisk)) return text;
  return `${text} The expected net jumps there, from ${money(netAtLower)} at ${levelText(lower, convention)}${unit} to ${money(netAtUpper)} at ${levelText(upper, convention)}${unit}.`;
}
