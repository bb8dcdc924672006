import { quotedText } from './quotedText';
import { fail, ok, type Result } from './result';

/** Whether a larger measured value is better (availability) or worse (resolution hours). */
export type Direction = 'higher' | 'lower';

export function parseDirection(
  text: string | null | undefined,
  label = 'direction',
): Result<Direction> {
  if (text === null || text === undefined || String(text).trim() === '') return ok('higher');
  const word = String(text).trim().toLowerCase();
  if (word === 'higher' || word === 'high' || word === 'higher is better') return ok('higher');
  if (word === 'lower' || word === 'low' || word === 'lower is better') return ok('lower');
  return fail('value', `${label} must be higher or lower, not ${quotedText(String(text))}`);
}
