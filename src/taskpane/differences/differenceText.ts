import { type TermDifferencePlan } from '../../engine/analyses/termDifferences';

/** The words the pane and the sheet use for what a term-by-term comparison measures. */

export const AT_EXPECTED = 'At expected level';
export const AT_MINIMUM = 'At minimum level';
export const WHOLE_DIFFERENCE = 'Whole difference';
export const REMAINDER = 'Remainder';

/** What the two deterministic measures mean: the performance they assume. */
export function levelsNote(plan: TermDifferencePlan): string {
  const left = plan.left.name;
  return `${AT_EXPECTED}: every service level at ${left}'s expected level all term. ${AT_MINIMUM}: at ${left}'s minimum (its expected level where it has none).`;
}

/** What an effect is: the customer's cost over the term, one term changed at a time. */
export function effectNote(plan: TermDifferencePlan): string {
  const { left, right } = plan;
  return `Each effect is what the customer pays over the term with that one term of ${right.name}, minus what it pays under ${left.name}. Terms interact, so the remainder is the whole difference less the single effects.`;
}

/** "Backlog: only in Their counter". */
export function onlyInText(name: string, side: string): string {
  return `${name}: only in ${side}`;
}
