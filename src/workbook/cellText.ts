import { type CellInput } from './workbookHost';

/**
 * Text from the user (names, units, change-log values) written so Excel keeps it as text: a leading
 * "=", "+", "-" or "@" would otherwise be read as a formula, so it gets Excel's apostrophe prefix.
 */
export function textCell(text: string): CellInput {
  // A leading apostrophe of the user's own would be swallowed by Excel as the text marker: double it up.
  return /^[=+\-@']/.test(text) ? `'${text}` : text;
}
