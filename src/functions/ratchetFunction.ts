import { defaultPerfect, ratchet } from '../engine/rules/ratchet';
import { isBetter } from '../engine/rules/tolerance';
import { readDirection, readNumber } from './excelArgs';
import {
  CallFailure,
  excelError,
  type ExcelError,
  fromDomain,
  guardScalar,
  isExcelError,
  numberOut,
} from './excelErrors';
import { allCells, readSingle, toGrid } from './broadcast';
import { readRatchetMethod } from './methodArgs';
import { scaleMixError } from './scaleChecks';

/** OUTCOME.RATCHET: next period's expected level under continuous improvement. */

export function ratchetValue(
  current: unknown,
  history: unknown,
  method: unknown,
  maxGapShare: unknown,
  direction: unknown,
  perfect: unknown,
): number | string | ExcelError {
  return guardScalar<number | string | ExcelError>(() => {
    const level = readSingle(current, 'current', readNumber);
    const rule = {
      method: readRatchetMethod(method),
      maxGapShare: readSingle(maxGapShare, 'maxGapShare', readNumber),
    };
    const d = readSingle(direction, 'direction', (cell) => readDirection(cell));
    const best = readSingle(perfect, 'perfect', readNumber);
    const cells = allCells(toGrid(history, 'history'));
    // Blank periods were not measured and are skipped, as the engine's ratchetLevel does.
    const measured: number[] = [];
    for (const cell of cells) {
      const p = readNumber(cell, 'history');
      if (isExcelError(p)) throw new CallFailure(p);
      if (p !== null) measured.push(p);
    }
    if (level === null) return '';
    for (const p of measured) {
      const mix = scaleMixError(p, level, 'history and current');
      if (mix) return mix;
    }
    if (best !== null) {
      const mix = scaleMixError(best, level, 'perfect and current');
      if (mix) return mix;
    }
    // The cap is a share of the distance to perfect; a perfect worse than current has no such distance.
    const perfectLevel = best ?? defaultPerfect(level, d);
    if ((best !== null || rule.maxGapShare !== null) && isBetter(level, perfectLevel, d)) {
      const which = best === null ? `perfect ${perfectLevel} (the default)` : `perfect ${best}`;
      return excelError(
        'value',
        `${which} is worse than current ${level} for ${d} is better; give perfect`,
      );
    }
    const next = ratchet(level, measured, rule, d, perfectLevel);
    return next.ok ? numberOut(next.value) : fromDomain(next.error);
  });
}
