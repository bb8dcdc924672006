import Papa from 'papaparse';
import { type ActualRecord, measuredValue } from '../engine/review/actuals';
import { type Contract, type ServiceLevel } from '../engine/terms/contract';
import { countText, MAX_SERVICE_LEVELS, MAX_TERM_MONTHS } from '../engine/terms/limits';
import { type NumberConvention, PLAIN_NUMBERS, readNumberText } from '../engine/rules/numberText';
import { isScaleMix } from '../engine/rules/scale';
import { minutesInPeriod, monthsFrom } from '../engine/review/servicePeriod';
import { quotedText as quoted } from '../engine/rules/quotedText';
import { readImportedPeriod } from './importedPeriod';

/**
 * Reads an export of measured performance (CSV, or cells pasted from Excel, which arrive
 * tab-separated) into actuals records, checked against the contract. Nothing is written here: the
 * pane shows the result as a preview and writes only when the user confirms. Any problem refuses
 * the whole file, with a message per row (the first few), so a half-imported month cannot happen.
 */

/** One record per service level and month of the longest term: anything larger is not an actuals export. */
export const MAX_ACTUALS_ROWS = MAX_SERVICE_LEVELS * MAX_TERM_MONTHS;
const MAX_MESSAGES = 20;
/** Header cells a "missing column" message lists before it counts the rest. */
const MAX_LISTED_HEADERS = 10;

export type ActualsImport =
  | { readonly kind: 'ok'; readonly records: readonly ActualRecord[] }
  | { readonly kind: 'invalid'; readonly problems: readonly string[] };

const COLUMNS = {
  serviceLevel: ['service level', 'sl', 'service level name', 'sl name'],
  period: ['period', 'month'],
  value: ['value', 'actual', 'measured', 'performance'],
  excluded: ['excluded minutes', 'exclusions', 'excluded', 'planned maintenance minutes'],
} as const;
type Column = keyof typeof COLUMNS;
const LABEL: Record<Column, string> = {
  serviceLevel: 'Service level',
  period: 'Period',
  value: 'Value',
  excluded: 'Excluded minutes',
};

const invalid = (problems: string[]): ActualsImport => ({ kind: 'invalid', problems });

/**
 * Reads an export or cells pasted from Excel. Numbers are read in the user's `convention` (a German
 * export says "99,5" and separates its columns with ";"); the delimiter is detected.
 */
export function parseActualsText(
  text: string,
  contract: Contract,
  convention: NumberConvention = PLAIN_NUMBERS,
): ActualsImport {
  if (text.trim() === '') return invalid(['The file is empty.']);
  // `preview` stops the parser after one row too many, so a huge file costs no more than the limit.
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
    preview: MAX_ACTUALS_ROWS + 2,
  });
  const [header, ...rows] = parsed.data;
  if (rows.length > MAX_ACTUALS_ROWS) {
    return invalid([
      `The file has more than ${countText(MAX_ACTUALS_ROWS)} rows; an actuals import holds one row per service level and month. Import one period or one year at a time.`,
    ]);
  }
  const columns = findColumns(header);
  if (typeof columns === 'string') return invalid([columns]);
  if (rows.length === 0) return invalid(['The file has a header row but no data rows.']);
  return checkRows(rows, columns, contract, convention);
}

function findColumns(header: readonly string[]): Record<Column, number> | string {
  const names = header.map((h) => h.trim().toLowerCase());
  const found = {} as Record<Column, number>;
  const missing: string[] = [];
  for (const column of Object.keys(COLUMNS) as Column[]) {
    found[column] = names.findIndex((n) => (COLUMNS[column] as readonly string[]).includes(n));
    if (found[column] < 0 && column !== 'excluded') missing.push(LABEL[column]);
  }
  if (missing.length === 0) return found;
  const listed = header
    .slice(0, MAX_LISTED_HEADERS)
    .map((h) => quoted(h))
    .join(', ');
  const more = header.length - MAX_LISTED_HEADERS;
  return `Missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}. The first row must name the columns Service level, Period, Value (and optionally Excluded minutes); it has ${listed}${more > 0 ? ` and ${countText(more)} more` : ''}.`;
}

function checkRows(
  rows: readonly string[][],
  columns: Record<Column, number>,
  contract: Contract,
  convention: NumberConvention,
): ActualsImport {
  const byName = new Map<string, ServiceLevel>();
  for (const sl of contract.serviceLevels) {
    byName.set(sl.name.trim().toLowerCase(), sl);
    byName.set(sl.id.toLowerCase(), sl);
  }
  // Repeated in messages as the contract names it, never as the (unbounded) text of the cell.
  const nameOf = (id: string) => byName.get(id.toLowerCase())?.name ?? id;
  const problems: string[] = [];
  let problemRows = 0;
  const firstRow = new Map<string, number>();
  const records: ActualRecord[] = [];
  rows.forEach((row, i) => {
    const line = i + 2; // the header is line 1
    const cell = (c: Column) => (columns[c] >= 0 ? (row[columns[c]] ?? '').trim() : '');
    const problem = checkRow(cell, byName, contract, convention);
    if (typeof problem === 'string') {
      if (problemRows++ < MAX_MESSAGES) problems.push(`Row ${line}: ${problem}`);
      return;
    }
    const key = `${problem.serviceLevelId}\u0000${problem.period}`;
    const earlier = firstRow.get(key);
    if (earlier !== undefined) {
      if (problemRows++ < MAX_MESSAGES)
        problems.push(
          `Row ${line}: ${nameOf(problem.serviceLevelId)} ${problem.period} appears again (first on row ${earlier}).`,
        );
      return;
    }
    // Before the agreed start there is no contract month to put it in: refused, never a new start.
    const start = contract.startPeriod;
    if (start !== undefined && (monthsFrom(start, problem.period) ?? 0) < 0) {
      if (problemRows++ < MAX_MESSAGES)
        problems.push(
          `Row ${line}: ${problem.period} is before the contract start, ${start} (Contract tab).`,
        );
      return;
    }
    firstRow.set(key, line);
    records.push(problem);
  });
  if (problemRows > MAX_MESSAGES)
    problems.push(`…and ${countText(problemRows - MAX_MESSAGES)} more rows with problems.`);
  return problems.length > 0 ? invalid(problems) : { kind: 'ok', records };
}

/** A checked record, or why the row cannot be imported. */
function checkRow(
  cell: (c: Column) => string,
  byName: Map<string, ServiceLevel>,
  contract: Contract,
  convention: NumberConvention,
): ActualRecord | string {
  const name = cell('serviceLevel');
  const sl = byName.get(name.toLowerCase());
  if (!sl)
    return `unknown service level ${quoted(name)}; the contract has ${contract.serviceLevels.map((s) => s.name).join(', ')}.`;
  const read = readImportedPeriod(cell('period'));
  if ('problem' in read) return read.problem;
  const { period } = read;
  const value = readValue(cell('value'), sl, convention);
  if (typeof value === 'string') return value;
  const excludedMinutes = readExcluded(cell('excluded'), period, sl, convention);
  if (typeof excludedMinutes === 'string') return excludedMinutes;
  const record = { serviceLevelId: sl.id, period, value, excludedMinutes };
  if (excludedMinutes !== null && measuredValue(record) > perfect(sl) * (1 + 1e-9)) {
    return `${excludedMinutes} excluded minutes are more than the downtime a value of ${value} leaves.`;
  }
  return record;
}

const perfect = (sl: ServiceLevel) => (sl.expected <= 1 ? 1 : 100);

/** Minutes of planned maintenance (null when none), or why the cell cannot be read as such. */
function readExcluded(
  text: string,
  period: string,
  sl: ServiceLevel,
  convention: NumberConvention,
): number | null | string {
  if (text === '') return null;
  const read = readNumberText(text, convention);
  if (read?.value === 0 && !read.percent) return null;
  if (read === null || read.percent || !(read.value > 0 && read.value < minutesInPeriod(period)))
    return `excluded minutes ${quoted(text)} must be a number of minutes within the month.`;
  if (sl.direction !== 'higher' || !sl.unit.includes('%'))
    return `exclusions apply to availability-type service levels (higher is better, in %), not to ${sl.name}.`;
  return read.value;
}

function readValue(text: string, sl: ServiceLevel, convention: NumberConvention): number | string {
  // Decimals only, as people type them: "0x63", "0b1100011", "Infinity" are not 99 or a number.
  const read = readNumberText(text, convention);
  if (read === null) {
    const example = convention.decimal === ',' ? '99,5 or 99,5%' : '99.5 or 99.5%';
    return `value ${quoted(text)} for ${sl.name} is not a number written in decimals, such as ${example}.`;
  }
  if (!Number.isFinite(read.value))
    return `value ${quoted(text)} for ${sl.name} is too large to be a measurement.`;
  // "99.5%" means 99.5 on a percentage level and 0.995 on a fraction level; "+ 0" keeps -0 out.
  const value = (read.percent && sl.expected <= 1 ? read.value / 100 : read.value) + 0;
  if (value < 0) return `value ${value} for ${sl.name} is negative.`;
  if (isScaleMix(value, sl.expected)) {
    const kind = (x: number) => (x <= 1 ? 'a fraction' : 'a percentage');
    return `value ${value} for ${sl.name} looks like ${kind(value)} but its expected level ${sl.expected} is ${kind(sl.expected)}.`;
  }
  if (sl.unit.includes('%') && value > perfect(sl))
    return `value ${value} for ${sl.name} is over ${perfect(sl) === 1 ? '1 (100%)' : '100%'}.`;
  return value;
}
