import { type BandRow } from '../engine/rules/bands';
import { gainShare } from '../engine/rules/gainShare';
import { isScaleMix } from '../engine/rules/scale';
import { volumePrice } from '../engine/rules/volumePricing';
import { readNonNegative, readNumber } from './excelArgs';
import { fromDomain, guardMatrix, isExcelError, numberOut } from './excelErrors';
import { broadcastShape, cellReader, mapGrid, readSingle, toGrid } from './broadcast';
import { readBandTable } from './bandArgs';
import { readVolumeMethod } from './methodArgs';

/** OUTCOME.GAINSHARE and OUTCOME.VOLUMEPRICE: money driven by cost and volume rather than service levels. */

/**
 * Share bands are keyed by actual/target (0.95, 1.05) and give shares (0.5); catch percentages typed as
 * numbers. A ratio bound of 10 or more (actual ten times target) is no band anyone negotiates, but 105 or
 * 150 typed for 105% or 150% is common and would otherwise be silently unreachable.
 */
const MAX_RATIO_BOUND = 10;

function shareRowCheck(row: BandRow): string | null {
  if (isScaleMix(row.bound, 1) || row.bound >= MAX_RATIO_BOUND) {
    return `lower bound ${row.bound} looks like a percentage; enter ratios of actual to target as fractions (1.05) or percentages (105%)`;
  }
  if (row.rate < 0 || row.rate > 1)
    return `share ${row.rate} is outside 0…100%; enter shares as fractions (0.5) or percentages (50%)`;
  return null;
}

/** Unit prices and tier bounds are amounts and counts, never negative. */
function tierRowCheck(row: BandRow): string | null {
  if (row.bound < 0) return `lower bound ${row.bound} is negative`;
  if (row.rate < 0) return `unit price ${row.rate} is negative`;
  return null;
}

const SHARE_COLUMNS = { bound: 'lower bound', rate: 'share', checkRow: shareRowCheck };
const TIER_COLUMNS = { bound: 'lower bound', rate: 'unit price', checkRow: tierRowCheck };

export function gainShareCells(
  actualCost: unknown,
  targetCost: unknown,
  shareBands: unknown,
  painCap: unknown,
  gainCap: unknown,
): unknown[][] {
  return guardMatrix(() => {
    const shares = readBandTable(shareBands, 'shareBands', SHARE_COLUMNS);
    // Blank or omitted caps mean uncapped; caps are positive amounts.
    const caps = {
      painCap: readSingle(painCap, 'painCap', readNonNegative),
      gainCap: readSingle(gainCap, 'gainCap', readNonNegative),
    };
    const grids = [toGrid(actualCost, 'actualCost'), toGrid(targetCost, 'targetCost')];
    const shape = broadcastShape(grids);
    const actualAt = cellReader(grids[0], (cell) => readNumber(cell, 'actualCost'));
    const targetAt = cellReader(grids[1], (cell) => readNumber(cell, 'targetCost'));
    return mapGrid(shape, (r, c) => {
      const actual = actualAt(r, c);
      const target = targetAt(r, c);
      if (isExcelError(actual)) return actual;
      if (isExcelError(target)) return target;
      if (actual === null || target === null) return '';
      const amount = gainShare(actual, target, shares, caps);
      return amount.ok ? numberOut(amount.value) : fromDomain(amount.error);
    });
  });
}

export function volumePriceCells(units: unknown, tiers: unknown, method: unknown): unknown[][] {
  return guardMatrix(() => {
    const table = readBandTable(tiers, 'tiers', TIER_COLUMNS);
    const how = readVolumeMethod(method);
    const grid = toGrid(units, 'units');
    const unitsAt = cellReader(grid, (cell) => readNonNegative(cell, 'units'));
    return mapGrid(broadcastShape([grid]), (r, c) => {
      const u = unitsAt(r, c);
      if (isExcelError(u)) return u;
      return u === null ? '' : numberOut(volumePrice(u, table, how));
    });
  });
}
