import { type Contract, type ServiceLevel } from '../engine/terms/contract';
import { cellAddress, columnLetters } from './cellAddress';
import { textCell } from './cellText';
import { bandTableNames, TERM_NAMES } from './contractSheet';
import { type CellInput, type WorkbookHost } from './workbookHost';
import { SheetRows } from './sheetRows';

/**
 * The sample's Performance sheet (each service level's terms, copied when the sample is inserted,
 * beside a year of measurements) and its Summary sheet: OUTCOME formulas over those cells, the
 * Bands_ tables and the contract's workbook names, so edits of measurements, bands or money terms
 * show at once. Each formula sits in one cell; the only spilled results (NETFEES rows) are
 * referenced by no other formula, because the workbench's evaluator does not model spill ranges.
 */

export const PERFORMANCE_SHEET = 'Performance';
export const SUMMARY_SHEET = 'Summary';
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

const PERFORMANCE_HEADERS = ['Name', 'Direction', 'Expected', 'Minimum', 'Allocation'] as const;
const FIRST_MONTH_COLUMN = PERFORMANCE_HEADERS.length + 1;
const MONEY = '#,##0';
const AT_RISK = TERM_NAMES.atRiskAmount.name;

/** Critical service levels first, so CREDIT can take them as one block of rows. */
export function performanceOrder(contract: Contract): ServiceLevel[] {
  return [
    ...contract.serviceLevels.filter((sl) => sl.critical),
    ...contract.serviceLevels.filter((sl) => !sl.critical),
  ];
}

export async function writePerformanceSheet(
  host: WorkbookHost,
  contract: Contract,
  performance: Readonly<Record<string, readonly number[]>>,
): Promise<void> {
  await host.ensureSheet(PERFORMANCE_SHEET);
  const rows: CellInput[][] = [[...PERFORMANCE_HEADERS, ...MONTHS]];
  const formats: (string | null)[][] = [rows[0].map(() => null)];
  for (const sl of performanceOrder(contract)) {
    const values = MONTHS.map((_, m) => performance[sl.id]?.[m] ?? null);
    rows.push([textCell(sl.name), sl.direction, sl.expected, sl.minimum, sl.allocation, ...values]);
    formats.push([null, null, null, null, '0%', ...MONTHS.map(() => null)]);
  }
  await host.writeRange(PERFORMANCE_SHEET, 'A1', rows, formats);
}

/** A Performance cell of service level row i (0-based): "Performance!C2", or "Performance!$C$2" when absolute. */
function perf(column: string, i: number, absolute = false): string {
  const mark = absolute ? '$' : '';
  return `${PERFORMANCE_SHEET}!${mark}${column}${mark}${i + 2}`;
}

/** A column of Performance cells for rows first…last: the block of service levels CREDIT takes. */
function perfRows(column: string, first: number, last: number, absolute = false): string {
  const mark = absolute ? '$' : '';
  return `${perf(column, first, absolute)}:${mark}${column}${mark}${last + 2}`;
}

const monthColumn = (m: number) => columnLetters(FIRST_MONTH_COLUMN + m);
const LATEST = MONTHS.length - 1;
/** The twelve months of service level row i: "Performance!F2:Q2". */
const perfYear = (i: number) => `${perf(monthColumn(0), i)}:${monthColumn(LATEST)}${i + 2}`;
/** On the Summary, month m sits in column B + m and the year total after December. */
const summaryColumn = (m: number) => columnLetters(2 + m);
const YEAR_HEADER = 'Year';

/** The value a service level's bands apply to: the measured value, or attainment for attainment bands. */
function bandInput(sl: ServiceLevel, i: number, value: string): string {
  if (sl.bands.basis === 'performance') return value;
  return `OUTCOME.ATTAINMENT(${value},${perf('C', i, true)},${perf('B', i, true)})`;
}

/** base = allocation × at-risk amount: the money a band rate of 100% is worth for this service level. */
const allocatedAmount = (i: number) => `${perf('E', i, true)}*${AT_RISK}`;

/** Rows of the Summary sheet: generated rows plus the month-by-month rows with a year total. */
class SummaryRows extends SheetRows {
  /** A label, one formula per month, and the year's total. */
  addMonths(label: CellInput, cell: (m: number) => string): number {
    const row = this.next;
    return this.add(
      [
        label,
        ...MONTHS.map((_, m) => cell(m)),
        `=SUM(${summaryColumn(0)}${row}:${summaryColumn(LATEST)}${row})`,
      ],
      (c) => (c === 0 ? null : MONEY),
    );
  }
}

export async function writeSummarySheet(host: WorkbookHost, contract: Contract): Promise<void> {
  await host.ensureSheet(SUMMARY_SHEET);
  const sheet = new SummaryRows();
  sheet.add([textCell(`Outcome summary: ${contract.name}`)]);
  sheet.add([textCell(`Latest month: ${MONTHS[LATEST]}. Amounts in ${contract.currency}.`)]);
  latestMonth(sheet, contract);
  sheet.add([]);
  monthlyFees(sheet, contract);
  sheet.add([]);
  bandPayouts(sheet, contract);
  sheet.add([]);
  feesKept(sheet, contract);
  await host.writeRange(SUMMARY_SHEET, cellAddress(1, 1), sheet.rows, sheet.formats);
}

/** Per service level: the latest month's attainment, status and band payout. */
function latestMonth(sheet: SummaryRows, contract: Contract): void {
  const bands = bandTableNames(contract);
  const formats = [null, null, null, '0.000', null, '0.0%', MONEY];
  sheet.add([
    'Service level',
    `${MONTHS[LATEST]} performance`,
    'Expected',
    'Attainment',
    'Status',
    'Band rate',
    'Band payout',
  ]);
  const first = sheet.next;
  performanceOrder(contract).forEach((sl, i) => {
    const latest = perf(monthColumn(LATEST), i);
    const args = `${bandInput(sl, i, latest)},${bands.get(sl.id)},"${sl.bands.method}"`;
    sheet.add(
      [
        `=${perf('A', i)}`,
        `=${latest}`,
        `=${perf('C', i)}`,
        `=OUTCOME.ATTAINMENT(${latest},${perf('C', i)},${perf('B', i)})`,
        `=OUTCOME.STATUS(${latest},${perf('C', i)},${perf('D', i)},${perf('B', i)})`,
        `=OUTCOME.PAYOUT(${args})`,
        sl.critical
          ? `=OUTCOME.PAYOUT(${args},${allocatedAmount(i)})`
          : 'Key measurement: no money',
      ],
      (c) => formats[c],
    );
  });
  const last = sheet.next - 1;
  sheet.add(
    ['Band payout, before caps', null, null, null, null, null, `=SUM(G${first}:G${last})`],
    (c) => formats[c],
  );
}

/** Per month: charges, service credits of the failed critical service levels (CREDIT), net fee. */
function monthlyFees(sheet: SummaryRows, contract: Contract): void {
  const critical = contract.serviceLevels.filter((sl) => sl.critical).length;
  sheet.add(['Monthly fees', ...MONTHS, YEAR_HEADER]);
  const charges = sheet.addMonths('Monthly charges', () => `=${TERM_NAMES.monthlyCharges.name}`);
  if (critical === 0) return;
  const last = critical - 1;
  const levels = `${perfRows('C', 0, last, true)},${perfRows('E', 0, last, true)},${AT_RISK},${perfRows('B', 0, last, true)}`;
  const credits = sheet.addMonths(
    'Service credits: failed critical service levels, capped at the at-risk amount',
    (m) => {
      return `=OUTCOME.CREDIT(${perfRows(monthColumn(m), 0, last)},${levels})`;
    },
  );
  sheet.addMonths(
    'Net fee after service credits',
    (m) => `=${summaryColumn(m)}${charges}-${summaryColumn(m)}${credits}`,
  );
}

/** Per critical service level and month: band rate × allocation × at-risk amount (PAYOUT), and their total. */
function bandPayouts(sheet: SummaryRows, contract: Contract): void {
  const bands = bandTableNames(contract);
  sheet.add([
    'Band payout per service level (rate × allocation × at-risk amount)',
    ...MONTHS,
    YEAR_HEADER,
  ]);
  const first = sheet.next;
  performanceOrder(contract).forEach((sl, i) => {
    if (!sl.critical) return;
    sheet.addMonths(
      `=${perf('A', i)}`,
      (m) =>
        `=OUTCOME.PAYOUT(${bandInput(sl, i, perf(monthColumn(m), i))},${bands.get(sl.id)},"${sl.bands.method}",${allocatedAmount(i)})`,
    );
  });
  if (sheet.next > first) {
    const last = sheet.next - 1;
    sheet.addMonths(
      'Total band payout',
      (m) => `=SUM(${summaryColumn(m)}${first}:${summaryColumn(m)}${last})`,
    );
  }
}

/**
 * Per critical service level, the at-risk fee allocated to it plus its band payout for each month
 * (NETFEES over the year, one spilled row); the year total recomputes rather than reading the spill.
 */
function feesKept(sheet: SummaryRows, contract: Contract): void {
  const bands = bandTableNames(contract);
  sheet.add([
    'At-risk fee kept per service level (NETFEES: allocated fee + band payout)',
    ...MONTHS,
    YEAR_HEADER,
  ]);
  performanceOrder(contract).forEach((sl, i) => {
    if (!sl.critical) return;
    const netFees = `OUTCOME.NETFEES(${allocatedAmount(i)},${bandInput(sl, i, perfYear(i))},${bands.get(sl.id)},"${sl.bands.method}")`;
    sheet.add(
      [`=${perf('A', i)}`, `=${netFees}`, ...MONTHS.slice(1).map(() => null), `=SUM(${netFees})`],
      (c) => (c === 0 ? null : MONEY),
    );
  });
}
