import { type NumberConvention, writeNumberText } from '../../engine/rules/numberText';

/**
 * A number inside a sentence of the pane: as a text box shows it (the user's decimal mark, no
 * grouping), with the typographic minus "−" of the text around it rather than the hyphen a box
 * keeps for typing.
 */
export function sentenceNumberText(x: number, convention: NumberConvention): string {
  return writeNumberText(x, convention).replace(/^-/, '−');
}
