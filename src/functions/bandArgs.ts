import { type BandRow, type BandTable, parseBands } from '../engine/rules/bands';
import { PLAIN_NUMBERS, readNumberText } from '../engine/rules/numberText';
import { isBlank, readNumber } from './excelArgs';
import { CallFailure, failCall, fromDomain, isExcelError } from './excelErrors';
import { type Grid, sizeText, toGrid } from './broadcast';
import { recentBandTable, rememberBandTable } from './recentBandTables';
import { boundsScaleMessage } from './scaleChecks';

/**
 * Band tables from a two-column range (lower bound, rate) as users lay them out: rows in any order,
 * an optional header row, blank rows ignored. The table as a whole is the engine's parseBands.
 */
export interface BandColumns {
  /** Names of the two columns in messages, e.g. "lower bound" and "rate". */
  readonly bound: string;
  readonly rate: string;
  /** Extra check of one row; returns a message when the row is unacceptable. */
  readonly checkRow?: (row: BandRow) => string | null;
  /** Bounds are performance levels: all percentages or all fractions, never both (boundScales.ts). */
  readonly oneScale?: boolean;
}

/** Text that readNumber would refuse: unreadable as a number, or not a finite one (no message built). */
function isWord(cell: unknown): boolean {
  if (typeof cell !== 'string' || isBlank(cell)) return false;
  const read = readNumberText(cell, PLAIN_NUMBERS);
  return read === null || !Number.isFinite(read.value);
}

/** A header: the first row holds words (text that is not a number) and blanks, nothing else. */
function isHeader(row: readonly unknown[]): boolean {
  let words = 0;
  for (const cell of row) {
    if (isWord(cell)) words++;
    else if (!isBlank(cell)) return false;
  }
  return words > 0;
}

/**
 * The band table of a two-column range. Callers pass `columns` as a module constant: a table read
 * before from equal cells with the same columns is not read again (recentBandTables.ts).
 */
export function readBandTable(arg: unknown, label: string, columns: BandColumns): BandTable {
  const g = toGrid(arg, label);
  if (g.cols !== 2) {
    return failCall(
      'value',
      `${label} must be a two-column range (${columns.bound}, ${columns.rate}), not ${sizeText(g)}`,
    );
  }
  const known = recentBandTable(g, columns);
  if (known !== null) return known;
  const table = parseBandRows(g, label, columns);
  rememberBandTable(g, columns, table);
  return table;
}

function parseBandRows(g: Grid, label: string, columns: BandColumns): BandTable {
  const rows: BandRow[] = [];
  const rowNumbers: number[] = [];
  for (let r = 0; r < g.rows; r++) {
    const cells = g.cells[r];
    if (r === 0 && isHeader(cells)) continue;
    if (isBlank(cells[0]) && isBlank(cells[1])) continue;
    const where = `${label} row ${r + 1}`;
    const bound = readNumber(cells[0], `${where}: ${columns.bound}`);
    const rate = readNumber(cells[1], `${where}: ${columns.rate}`);
    if (isExcelError(bound)) throw new CallFailure(bound);
    if (isExcelError(rate)) throw new CallFailure(rate);
    if (bound === null) return failCall('value', `${where}: ${columns.bound} is blank`);
    if (rate === null) return failCall('value', `${where}: ${columns.rate} is blank`);
    const row = { bound, rate };
    const problem = columns.checkRow?.(row);
    if (problem) return failCall('value', `${where}: ${problem}`);
    rows.push(row);
    rowNumbers.push(r + 1);
  }
  const mixed = columns.oneScale
    ? boundsScaleMessage(
        rows.map((row) => row.bound),
        rowNumbers,
        label,
        columns.bound,
      )
    : null;
  if (mixed) return failCall('value', mixed);
  const table = parseBands(rows, label);
  if (!table.ok) throw new CallFailure(fromDomain(table.error));
  return table.value;
}

/** Payout rates are fractions of a fee; outside ±100% is almost surely a percentage typed as a number. */
export function payoutRateCheck(row: BandRow): string | null {
  if (row.rate >= -1 && row.rate <= 1) return null;
  return `rate ${row.rate} is outside −100%…+100%; enter rates as fractions (−0.05) or percentages (−5%)`;
}
