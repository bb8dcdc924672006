import { type Contract, type ServiceLevel } from '../engine/terms/contract';
import { type EarnbackEvent } from '../engine/review/earnbackEvents';
import { type FailureCount, type RepeatedFailureRule } from '../engine/review/repeatedFailures';
import { type PeriodStatement } from '../engine/review/serviceReview';
import { periodAfter } from '../engine/review/servicePeriod';
import { moneyFormulas } from '../engine/rules/moneyFormulas';
import { textCell } from './cellText';
import { INPUTS_COLUMN, type LeverCells, leverCells, leverRows } from './statementLevers';
import { SheetRows } from './sheetRows';
import { type CellInput, type WorkbookHost } from './workbookHost';

/**
 * The month's statement as a sheet finance can audit: measured values and levels are copied in as
 * the record of the month (a later correction of OM_Actuals changes a statement only when it is
 * written again), the contract's bands sit beside them, and every amount is a formula over those
 * cells with the OUTCOME functions and the caps spelled out. The numbers equal the engine's.
 */

export interface StatementInput {
  readonly contract: Contract;
  readonly statement: PeriodStatement;
  /** Contract month 0. */
  readonly start: string;
  readonly failures: readonly FailureCount[];
  readonly rule: RepeatedFailureRule;
}

export const statementSheetName = (period: string): string =>
  `OM_Statement_${period.replace('-', '_')}`;

const MONEY = '#,##0.00';
const TERMS = {
  charges: 4,
  share: 5,
  atRisk: 6,
  earlier: 7,
  monthlyCap: 8,
  annualCap: 9,
  room: 10,
} as const;
const HEADERS = [
  'Service level',
  'Direction',
  'Measured',
  'Expected',
  'Minimum',
  'Attainment',
  'Status',
  'Band rate',
  'Allocation',
  'Payout before caps',
  'Credit before cap',
  'Incentive before cap',
  'Credit',
  'Incentive',
  'Repeated failure',
];
const LINE_FORMATS = [
  null,
  null,
  null,
  null,
  null,
  '0.0000',
  null,
  '0.00%',
  '0%',
  MONEY,
  MONEY,
  MONEY,
  MONEY,
  MONEY,
  null,
];
const BANDS_COLUMN = 'Q';
/** The statement's inputs (units, the year's actual cost), keyed in T:U for the pane to read back. */
export const STATEMENT_INPUTS_TOP = TERMS.charges;

/** The statement's last column (A:O); the band blocks from Q on are working data, not printed. */
const PRINT_LAST_COLUMN = 'O';

export async function writeStatementSheet(
  host: WorkbookHost,
  input: StatementInput,
): Promise<string> {
  const { contract, statement } = input;
  const sheet = statementSheetName(statement.period);
  await host.ensureSheet(sheet);
  await host.clearSheet(sheet);
  const bands = bandBlocks(contract);
  const levers = leverCells(
    contract,
    statement,
    TERMS.charges + bands.cells.length,
    STATEMENT_INPUTS_TOP,
  );
  const rows = new SheetRows();
  rows.add([textCell(`Service statement ${statement.period}: ${contract.name}`)]);
  rows.add([
    `Contract month ${statement.month + 1} of ${contract.termMonths} (from ${input.start}). Amounts in ${contract.currency}; measured values copied from OM_Actuals.`,
  ]);
  rows.add([]);
  terms(rows, contract, statement);
  rows.add([]);
  lines(rows, input, bands.ranges, levers);
  await host.writeRange(sheet, 'A1', rows.rows, rows.formats);
  await host.writeRange(sheet, `${BANDS_COLUMN}${TERMS.charges}`, [
    ...bands.cells,
    ...levers.bandCells,
  ]);
  if (levers.inputCells.length > 0)
    await host.writeRange(sheet, `${INPUTS_COLUMN}${STATEMENT_INPUTS_TOP}`, levers.inputCells);
  // Prints as a document: the statement's columns on one landscape page width, the band blocks left out.
  await host.setPrintLayout(sheet, {
    printArea: `A1:${PRINT_LAST_COLUMN}${rows.rows.length}`,
    orientation: 'landscape',
    pagesWide: 1,
  });
  return sheet;
}

function capCell(share: number | null, base: number): CellInput {
  return share === null ? 'none' : share * base;
}

function terms(rows: SheetRows, contract: Contract, s: PeriodStatement): void {
  rows.add(['Monthly charges', contract.monthlyCharges], (c) => (c === 1 ? MONEY : null));
  rows.add(['At-risk share', contract.atRiskShare], (c) => (c === 1 ? '0.00%' : null));
  rows.add(['At-risk amount', `=B${TERMS.charges}*B${TERMS.share}`], (c) =>
    c === 1 ? MONEY : null,
  );
  rows.add(['Incentives paid earlier this contract year', s.incentivesEarlierThisYear], (c) =>
    c === 1 ? MONEY : null,
  );
  rows.add(
    ['Monthly incentive cap', capCell(contract.incentiveCapMonthlyShare, contract.monthlyCharges)],
    (c) => (c === 1 ? MONEY : null),
  );
  rows.add(
    [
      'Annual incentive cap',
      capCell(contract.incentiveCapAnnualShare, contract.monthlyCharges * 12),
    ],
    (c) => (c === 1 ? MONEY : null),
  );
  const room = moneyFormulas.incentiveRoom(
    contract.incentiveCapMonthlyShare === null ? null : `B${TERMS.monthlyCap}`,
    contract.incentiveCapAnnualShare === null ? null : `B${TERMS.annualCap}`,
    `B${TERMS.earlier}`,
  );
  rows.add(['Incentive room this month', room === null ? 'uncapped' : `=${room}`], (c) =>
    c === 1 ? MONEY : null,
  );
}

/** The service-level lines, totals, caps, earnback and the invoice adjustment. */
function lines(
  rows: SheetRows,
  input: StatementInput,
  bandRanges: ReadonlyMap<string, string>,
  levers: LeverCells,
): void {
  const { contract, statement } = input;
  rows.add([...HEADERS]);
  const first = rows.next;
  const last = first + contract.serviceLevels.length - 1;
  const total = last + 1;
  const creditScale = total + 1;
  const incentiveScale = total + 2;
  contract.serviceLevels.forEach((sl, s) => {
    const r = rows.next;
    const line = statement.lines[s];
    const failure = input.failures[s];
    const measured = Number.isNaN(line.value) ? null : line.value;
    rows.add(
      [
        textCell(sl.name),
        sl.direction,
        measured,
        line.expected,
        sl.minimum,
        `=OUTCOME.ATTAINMENT(C${r},D${r},B${r})`,
        `=OUTCOME.STATUS(C${r},D${r},E${r},B${r})`,
        sl.critical
          ? `=OUTCOME.PAYOUT(${sl.bands.basis === 'attainment' ? `F${r}` : `C${r}`},${bandRanges.get(sl.id)},"${sl.bands.method}")`
          : 'Key measurement',
        sl.allocation,
        sl.critical
          ? `=${moneyFormulas.payoutBeforeCaps(`H${r}`, `(I${r}*$B$${TERMS.atRisk})`)}`
          : 0,
        `=${moneyFormulas.creditPart(`J${r}`)}`,
        `=${moneyFormulas.incentivePart(`J${r}`)}`,
        `=K${r}*$B$${creditScale}`,
        `=L${r}*$B$${incentiveScale}`,
        failure?.flagged
          ? `${failure.missedMonths.length} of last ${input.rule.periods} missed`
          : '',
      ],
      (c) => LINE_FORMATS[c],
    );
  });
  const sum = (col: string) => `=SUM(${col}${first}:${col}${last})`;
  rows.add(
    [
      'Total',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      sum('J'),
      sum('K'),
      sum('L'),
      sum('M'),
      sum('N'),
    ],
    (c) => (c >= 9 ? MONEY : null),
  );
  rows.add(
    [
      'Credit scale: at-risk cap applied pro rata',
      `=${moneyFormulas.capScale(`K${total}`, `B${TERMS.atRisk}`)}`,
    ],
    (c) => (c === 1 ? '0.0000' : null),
  );
  const uncapped =
    contract.incentiveCapMonthlyShare === null && contract.incentiveCapAnnualShare === null;
  rows.add(
    [
      'Incentive scale: incentive caps applied pro rata',
      uncapped ? 1 : `=${moneyFormulas.capScale(`L${total}`, `B${TERMS.room}`)}`,
    ],
    (c) => (c === 1 ? '0.0000' : null),
  );
  rows.add([]);
  const earnback = earnbackRows(rows, input);
  rows.add([]);
  const leverTotal = leverRows(rows, contract, statement, input.start, levers);
  if (leverTotal !== null) rows.add([]);
  const adjustment = rows.add(
    [
      leverTotal === null
        ? 'Invoice adjustment: incentives − credits + earnback'
        : 'Invoice adjustment: incentives − credits + earnback + commercial levers',
      `=${moneyFormulas.invoiceAdjustment(`N${total}`, `M${total}`, earnback, leverTotal ?? undefined)}`,
    ],
    (c) => (c === 1 ? MONEY : null),
  );
  rows.add(
    ['Invoice adjustment, rounded to cents', `=${moneyFormulas.invoiceCents(`B${adjustment}`)}`],
    (c) => (c === 1 ? MONEY : null),
  );
}

/** Earnback due and forfeited this month (amounts from the engine, with the credits they came from); returns the due total's cell. */
function earnbackRows(rows: SheetRows, input: StatementInput): string {
  const { contract, statement, start } = input;
  const describe = (e: EarnbackEvent) =>
    `${contract.serviceLevels[e.serviceLevel].name}: credit of ${e.creditMonths.map((m) => periodAfter(start, m)).join(', ')}`;
  rows.add([
    `Earnback (${contract.earnback.mode}${contract.earnback.mode === 'all' || contract.earnback.mode === 'prorata' ? `, window ${contract.earnback.window}` : ''})`,
    'Credit',
    'Amount',
  ]);
  const first = rows.next;
  for (const e of statement.earnbackDue)
    rows.add([textCell(`Due: ${describe(e)}`), e.credit, e.amount], (c) => (c > 0 ? MONEY : null));
  const last = rows.next - 1;
  for (const e of statement.earnbackForfeited)
    rows.add([textCell(`Forfeited: ${describe(e)}`), e.credit, e.amount], (c) =>
      c > 0 ? MONEY : null,
    );
  const total = rows.add(
    ['Earnback due this month', null, last >= first ? `=SUM(C${first}:C${last})` : 0],
    (c) => (c === 2 ? MONEY : null),
  );
  return `C${total}`;
}

/** Each critical service level's bands in columns Q:R, and the absolute range PAYOUT reads them from. */
function bandBlocks(contract: Contract): { cells: CellInput[][]; ranges: Map<string, string> } {
  const cells: CellInput[][] = [];
  const ranges = new Map<string, string>();
  const critical = contract.serviceLevels.filter((sl: ServiceLevel) => sl.critical);
  for (const sl of critical) {
    cells.push([textCell(`Bands: ${sl.name} (${sl.bands.method}, on ${sl.bands.basis})`), null]);
    const top = TERMS.charges + cells.length;
    for (const row of sl.bands.rows) cells.push([row.bound, row.rate]);
    ranges.set(sl.id, `$Q$${top}:$R$${top + sl.bands.rows.length - 1}`);
    cells.push([null, null]);
  }
  return { cells, ranges };
}
