import { moneyFormulas } from '../engine/rules/moneyFormulas';
import { parsePeriod } from '../engine/review/servicePeriod';
import { type Contract, type ServiceLevel } from '../engine/terms/contract';
import { cellAddress, columnLetters } from './cellAddress';
import { textCell } from './cellText';
import { bandTableNames, TERM_NAMES } from './contractSheet';
import {
  LATEST,
  MONTHS,
  monthColumn,
  perf,
  performanceOrder,
  perfYear,
  valueFormat,
} from './performanceSheet';
import { SheetRows } from './sheetRows';
import { type CellInput, type WorkbookHost } from './workbookHost';

/**
 * The Summary sheet over the Performance sheet: OUTCOME formulas for each service level's band
 * payout, then the month's fee as the contract's own rules make it (credits capped at the at-risk
 * amount, incentives within their caps; moneyFormulas.ts states each step once). Rewritten
 * whenever the model is written, so it follows the model. Each formula sits in one cell; the only
 * spilled results (NETFEES rows) are read by no other formula, because the workbench's evaluator
 * does not model spill ranges.
 */

export const SUMMARY_SHEET = 'Summary';
const MONEY = '#,##0';
const AT_RISK = TERM_NAMES.atRiskAmount.name;
const CHARGES = TERM_NAMES.monthlyCharges.name;
const YEAR_HEADER = 'Year';
/** On the Summary, month m sits in column B + m and the year total after December. */
const summaryColumn = (m: number) => columnLetters(2 + m);

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
  addMonths(label: CellInput, cell: (m: number, row: number) => string): number {
    const row = this.next;
    return this.add(
      [
        label,
        ...MONTHS.map((_, m) => cell(m, row)),
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
  const payouts = bandPayouts(sheet, contract);
  sheet.add([]);
  monthlyFees(sheet, contract, payouts);
  sheet.add([]);
  feesKept(sheet, contract);
  await host.writeRange(SUMMARY_SHEET, cellAddress(1, 1), sheet.rows, sheet.formats);
}

/** Per service level: the latest month's attainment, status and band payout. */
function latestMonth(sheet: SummaryRows, contract: Contract): void {
  const bands = bandTableNames(contract);
  sheet.add([
    'Service level',
    `${MONTHS[LATEST]} performance`,
    'Expected',
    'Attainment',
    'Status',
    'Band rate',
    'Band payout, before caps',
  ]);
  const first = sheet.next;
  performanceOrder(contract).forEach((sl, i) => {
    const latest = perf(monthColumn(LATEST), i);
    const args = `${bandInput(sl, i, latest)},${bands.get(sl.id)},"${sl.bands.method}"`;
    const value = valueFormat(sl);
    const formats = [null, value, value, '0.000', null, '0.0%', MONEY];
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
  if (last >= first)
    sheet.add(
      ['Band payout, before caps', null, null, null, null, null, `=SUM(G${first}:G${last})`],
      (c) => (c === 6 ? MONEY : null),
    );
}

/** Per critical service level and month: band rate × allocation × at-risk amount (PAYOUT). Returns their rows. */
function bandPayouts(sheet: SummaryRows, contract: Contract): number[] {
  const bands = bandTableNames(contract);
  sheet.add([
    'Band payout per service level, before caps (rate × allocation × at-risk amount)',
    ...MONTHS,
    YEAR_HEADER,
  ]);
  const rows: number[] = [];
  performanceOrder(contract).forEach((sl, i) => {
    if (!sl.critical) return;
    rows.push(
      sheet.addMonths(
        `=${perf('A', i)}`,
        (m) =>
          `=OUTCOME.PAYOUT(${bandInput(sl, i, perf(monthColumn(m), i))},${bands.get(sl.id)},"${sl.bands.method}",${allocatedAmount(i)})`,
      ),
    );
  });
  if (rows.length > 0)
    sheet.addMonths(
      'Total band payout, before caps',
      (m) => `=SUM(${summaryColumn(m)}${rows[0]}:${summaryColumn(m)}${rows[rows.length - 1]})`,
    );
  return rows;
}

/**
 * Per month, the fee as the contract makes it: the bands' credits capped at the at-risk amount,
 * their incentives within the monthly and annual caps, and the net fee. The annual cap starts
 * again in the contract start's month, as the engine's contract year does (months before January
 * are not on the sheet). Earnback is left out and the label says so: it depends on later months.
 */
function monthlyFees(sheet: SummaryRows, contract: Contract, payouts: readonly number[]): void {
  sheet.add(['Monthly fees', ...MONTHS, YEAR_HEADER]);
  const charges = sheet.addMonths('Monthly charges', () => `=${CHARGES}`);
  const cell = (m: number, row: number) => `${summaryColumn(m)}${row}`;
  const sumOf = (m: number, part: (payout: string) => string) =>
    payouts.length === 0 ? '0' : payouts.map((row) => part(cell(m, row))).join('+');
  const credits = sheet.addMonths(
    'Credits from the bands, before the cap',
    (m) => `=${sumOf(m, moneyFormulas.creditPart)}`,
  );
  const capped = sheet.addMonths(
    'Service credits, capped at the at-risk amount',
    (m) => `=${cell(m, credits)}*${moneyFormulas.capScale(cell(m, credits), AT_RISK)}`,
  );
  const incentives = sheet.addMonths(
    'Incentives from the bands, before the caps',
    (m) => `=${sumOf(m, moneyFormulas.incentivePart)}`,
  );
  const monthlyCap =
    contract.incentiveCapMonthlyShare === null
      ? null
      : `${contract.incentiveCapMonthlyShare}*${CHARGES}`;
  const annualCap =
    contract.incentiveCapAnnualShare === null
      ? null
      : `${contract.incentiveCapAnnualShare}*${CHARGES}*12`;
  const yearStart = contractYearStartColumn(contract);
  const paid = sheet.addMonths('Incentives, within the incentive caps', (m, row) => {
    const from = m >= yearStart ? yearStart : 0;
    const earlier = m === from ? '0' : `SUM(${cell(from, row)}:${cell(m - 1, row)})`;
    const room = moneyFormulas.incentiveRoom(monthlyCap, annualCap, earlier);
    const total = cell(m, incentives);
    return room === null ? `=${total}` : `=${total}*${moneyFormulas.capScale(total, `(${room})`)}`;
  });
  sheet.addMonths(
    'Net fee: charges − credits + incentives (before earnback)',
    (m) => `=${cell(m, charges)}-${cell(m, capped)}+${cell(m, paid)}`,
  );
}

/** The month (0 = Jan) in which the contract year starts: the start's month, January when none. */
function contractYearStartColumn(contract: Contract): number {
  const start = contract.startPeriod ? parsePeriod(contract.startPeriod) : null;
  return start === null ? 0 : start % 12;
}

/**
 * Per critical service level, the at-risk fee allocated to it plus its band payout for each month
 * (NETFEES over the year, one spilled row); the year total recomputes rather than reading the spill.
 */
function feesKept(sheet: SummaryRows, contract: Contract): void {
  const bands = bandTableNames(contract);
  sheet.add([
    'At-risk fee kept per service level, before caps (NETFEES: allocated fee + band payout)',
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
