import { attainment as attainmentRatio } from '../engine/rules/attainment';
import { serviceLevelStatus } from '../engine/rules/status';
import { isBetter } from '../engine/rules/tolerance';
import { readDirection, readNumber } from './excelArgs';
import { excelError, fromDomain, guardMatrix, isExcelError, numberOut } from './excelErrors';
import { broadcastShape, cellReader, mapGrid, toGrid } from './broadcast';
import { levelMixError, scaleMixError } from './scaleChecks';

/** OUTCOME.ATTAINMENT and OUTCOME.STATUS: per-cell comparisons of performance with a level, broadcast. */

export function attainmentCells(actual: unknown, target: unknown, direction: unknown): unknown[][] {
  return guardMatrix(() => {
    const grids = [
      toGrid(actual, 'actual'),
      toGrid(target, 'target'),
      toGrid(direction, 'direction'),
    ];
    const shape = broadcastShape(grids);
    const actualAt = cellReader(grids[0], (cell) => readNumber(cell, 'actual'));
    const targetAt = cellReader(grids[1], (cell) => readNumber(cell, 'target'));
    const directionAt = cellReader(grids[2], (cell) => readDirection(cell));
    return mapGrid(shape, (r, c) => {
      const a = actualAt(r, c);
      const t = targetAt(r, c);
      const d = directionAt(r, c);
      if (isExcelError(a)) return a;
      if (isExcelError(t)) return t;
      if (isExcelError(d)) return d;
      if (a === null || t === null) return '';
      const mix = scaleMixError(a, t, 'actual and target');
      if (mix) return mix;
      const ratio = attainmentRatio(a, t, d);
      return ratio.ok ? numberOut(ratio.value) : fromDomain(ratio.error);
    });
  });
}

export function statusCells(
  actual: unknown,
  expected: unknown,
  minimum: unknown,
  direction: unknown,
): unknown[][] {
  return guardMatrix(() => {
    const grids = [
      toGrid(actual, 'actual'),
      toGrid(expected, 'expected'),
      toGrid(minimum, 'minimum'),
      toGrid(direction, 'direction'),
    ];
    const shape = broadcastShape(grids);
    const actualAt = cellReader(grids[0], (cell) => readNumber(cell, 'actual'));
    const expectedAt = cellReader(grids[1], (cell) => readNumber(cell, 'expected'));
    const minimumAt = cellReader(grids[2], (cell) => readNumber(cell, 'minimum'));
    const directionAt = cellReader(grids[3], (cell) => readDirection(cell));
    return mapGrid(shape, (r, c) => {
      const a = actualAt(r, c);
      const e = expectedAt(r, c);
      const m = minimumAt(r, c); // blank: the service level has no minimum
      const d = directionAt(r, c);
      if (isExcelError(a)) return a;
      if (isExcelError(e)) return e;
      if (isExcelError(m)) return m;
      if (isExcelError(d)) return d;
      if (a === null || e === null) return '';
      const mix =
        levelMixError(a, e, 'actual and expected') ??
        (m === null ? null : levelMixError(m, e, 'minimum and expected'));
      if (mix) return mix;
      // A minimum better than the expected level is usually a forgotten "lower" direction.
      if (m !== null && isBetter(m, e, d)) {
        return excelError(
          'value',
          `minimum ${m} is better than expected ${e} for ${d} is better; check direction`,
        );
      }
      return serviceLevelStatus(a, e, m, d);
    });
  });
}
