import { ownEntry } from '../engine/terms/ownEntry';
import { type Contract, type ServiceLevel } from '../engine/terms/contract';
import { columnLetters } from './cellAddress';
import { textCell } from './cellText';
import { type CellInput, type CellValue, type WorkbookHost } from './workbookHost';

/**
 * The Performance sheet: each service level's terms (as the model holds them, rewritten whenever
 * the model is written) beside a year of measurements the user types: kept as typed, formulas
 * too, while the rows stay in place; moved with their level, as values, when rows move.
 */

export const PERFORMANCE_SHEET = 'Performance';
export const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;
export const LATEST = MONTHS.length - 1;

const HEADERS = ['Name', 'Direction', 'Expected', 'Minimum', 'Allocation'] as const;
const FIRST_MONTH_COLUMN = HEADERS.length + 1;
const LAST_COLUMN = columnLetters(HEADERS.length + MONTHS.length);

/** Measured values per service level id, one per month; null where nothing was measured. */
export type MonthlyPerformance = Readonly<Record<string, readonly (number | null)[]>>;

/** Critical service levels first, so their rows form one block. */
export function performanceOrder(contract: Contract): ServiceLevel[] {
  return [
    ...contract.serviceLevels.filter((sl) => sl.critical),
    ...contract.serviceLevels.filter((sl) => !sl.critical),
  ];
}

/** The number format of a service level's values: percent units show as typed (99.5), others with sensible decimals. */
export function valueFormat(sl: ServiceLevel): string {
  return sl.unit.trim() === '%' ? '0.00' : '0.0#';
}

/**
 * Writes the terms and measurements; `blankRowsBelow` clears rows of service levels that are gone.
 * Only columns A to the last month are written: what the user keeps beside them stays.
 */
export async function writePerformanceSheet(
  host: WorkbookHost,
  contract: Contract,
  performance: MonthlyPerformance,
  blankRowsBelow = 0,
): Promise<void> {
  await host.ensureSheet(PERFORMANCE_SHEET);
  const rows: CellInput[][] = [[...HEADERS, ...MONTHS]];
  const formats: (string | null)[][] = [rows[0].map(() => null)];
  for (const sl of performanceOrder(contract)) {
    const values = MONTHS.map((_, m) => ownEntry(performance, sl.id)?.[m] ?? null);
    const value = valueFormat(sl);
    rows.push([textCell(sl.name), sl.direction, sl.expected, sl.minimum, sl.allocation, ...values]);
    formats.push([null, null, value, value, '0%', ...MONTHS.map(() => value)]);
  }
  for (let i = 0; i < blankRowsBelow; i++) {
    rows.push(rows[0].map(() => null));
    formats.push(rows[0].map(() => null));
  }
  await host.writeRange(PERFORMANCE_SHEET, 'A1', rows, formats);
}

/**
 * The measurements on the sheet now, keyed by the id of the service level whose name heads the
 * row in `named` (the model as the sheet was last written): a renamed level keeps its history.
 */
export async function readPerformance(
  host: WorkbookHost,
  named: Contract,
): Promise<{
  performance: MonthlyPerformance;
  rowCount: number;
  /** The service level id of each row, in sheet order (null for a row no level names). */
  order: (string | null)[];
}> {
  const rows = await host.readRange(
    PERFORMANCE_SHEET,
    `A2:${LAST_COLUMN}${named.serviceLevels.length + 200}`,
  );
  const used = rows.filter((r) => r[0] !== '');
  const performance: Record<string, (number | null)[]> = Object.create(null);
  const order: (string | null)[] = [];
  for (const row of used) {
    // Excel may have turned a name such as "2024" into a number: compare as text.
    const sl = named.serviceLevels.find((s) => s.name === String(row[0]));
    order.push(sl?.id ?? null);
    if (sl) performance[sl.id] = row.slice(FIRST_MONTH_COLUMN - 1).map(measured);
  }
  return { performance, rowCount: used.length, order };
}

const measured = (v: CellValue): number | null => (typeof v === 'number' ? v : null);

/**
 * Rewrites only the terms (columns A–E) when the rows stay where they are: the months the user
 * typed, formulas included, are not touched at all.
 */
export async function writePerformanceTerms(host: WorkbookHost, contract: Contract) {
  const rows: CellInput[][] = [[...HEADERS]];
  const formats: (string | null)[][] = [HEADERS.map(() => null)];
  for (const sl of performanceOrder(contract)) {
    const value = valueFormat(sl);
    rows.push([textCell(sl.name), sl.direction, sl.expected, sl.minimum, sl.allocation]);
    formats.push([null, null, value, value, '0%']);
  }
  await host.writeRange(PERFORMANCE_SHEET, 'A1', rows, formats);
}

/** A Performance cell of service level row i (0-based): "Performance!C2", or "Performance!$C$2" when absolute. */
export function perf(column: string, i: number, absolute = false): string {
  const mark = absolute ? '$' : '';
  return `${PERFORMANCE_SHEET}!${mark}${column}${mark}${i + 2}`;
}

export const monthColumn = (m: number) => columnLetters(FIRST_MONTH_COLUMN + m);

/** The twelve months of service level row i: "Performance!F2:Q2". */
export const perfYear = (i: number) => `${perf(monthColumn(0), i)}:${monthColumn(LATEST)}${i + 2}`;
