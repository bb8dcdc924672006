import { type BandMethod, parseBandMethod } from '../engine/rules/bands';
import { type EarnbackMethod } from '../engine/rules/earnback';
import { type RatchetMethod } from '../engine/rules/ratchet';
import { fail, ok, type Result } from '../engine/rules/result';
import { type VolumeMethod } from '../engine/rules/volumePricing';
import { quote, readText } from './excelArgs';
import { CallFailure, fromDomain, isExcelError } from './excelErrors';

/**
 * Method words for the functions' optional method/mode arguments, case-insensitive, blank meaning the
 * default. The engine has a parser for band methods only; the others are the same small pattern.
 */
function parseWord<T extends string>(
  text: string | null,
  label: string,
  words: Record<string, T>,
  fallback: T,
): Result<T> {
  if (text === null || text.trim() === '') return ok(fallback);
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
  if (Object.prototype.hasOwnProperty.call(words, key)) return ok(words[key]);
  const choices = [...new Set(Object.values(words))];
  return fail(
    'value',
    `${label} must be ${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}, not ${quote(text)}`,
  );
}

/** Reads an optional method argument; an unknown word makes the whole call an error. */
function readMethod<T>(arg: unknown, parse: (text: string | null) => Result<T>): T {
  const text = readText(arg);
  if (isExcelError(text)) throw new CallFailure(text);
  const parsed = parse(text);
  if (!parsed.ok) throw new CallFailure(fromDomain(parsed.error));
  return parsed.value;
}

export const readBandMethod = (arg: unknown): BandMethod => readMethod(arg, parseBandMethod);

export const readEarnbackMode = (arg: unknown): EarnbackMethod =>
  readMethod(arg, (text) =>
    parseWord<EarnbackMethod>(text, 'mode', { all: 'all', prorata: 'prorata' }, 'all'),
  );

export const readRatchetMethod = (arg: unknown): RatchetMethod =>
  readMethod(arg, (text) =>
    parseWord<RatchetMethod>(
      text,
      'method',
      { midpoint: 'midpoint', average: 'average' },
      'midpoint',
    ),
  );

export const readVolumeMethod = (arg: unknown): VolumeMethod =>
  readMethod(arg, (text) =>
    parseWord<VolumeMethod>(
      text,
      'method',
      { graduated: 'graduated', allunits: 'allunits' },
      'graduated',
    ),
  );
