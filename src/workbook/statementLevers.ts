import { periodAfter } from '../engine/review/servicePeriod';
import { type PeriodStatement } from '../engine/review/serviceReview';
import { type Settlement, type StatementInputs } from '../engine/review/statementLevers';
import { type Contract, MONTHS_PER_YEAR } from '../engine/terms/contract';
import { textCell } from './cellText';
import { type SheetRows } from './sheetRows';
import { type CellInput, type CellValue, type WorkbookHost } from './workbookHost';

/**
 * The commercial levers on the statement sheet: each volume term's units and charge
 * (OUTCOME.VOLUMEPRICE over its tiers) and, in a month that closes a contract year, the gain/pain
 * share settlement (OUTCOME.GAINSHARE over the share bands, target and caps pro rata to the year's
 * months). The tiers and share bands sit in the working columns beside the service levels' bands.
 * The statement's inputs (units, the year's actual cost) are kept in columns T:U, keyed, so the
 * pane reads them back when the statement is opened again; the lines refer to them.
 */

const MONEY = '#,##0.00';
export const INPUTS_COLUMN = 'T';
const INPUT_VALUE_COLUMN = 'U';
const UNITS_KEY = 'units:';
const COST_KEY = 'yearActualCost';

/** Where the levers' working data sits: tier and share-band ranges, and each input's cell. */
export interface LeverCells {
  /** Rows for the working columns (Q:R), below the service levels' band blocks. */
  readonly bandCells: CellInput[][];
  readonly tiers: ReadonlyMap<string, string>;
  readonly shares: string | null;
  /** Rows for the keyed inputs block (T:U). */
  readonly inputCells: CellInput[][];
  readonly unitsCell: ReadonlyMap<string, string>;
  readonly costCell: string;
}

export const hasLevers = (contract: Contract): boolean =>
  (contract.volumePricing ?? []).length > 0 || contract.gainShare !== undefined;

/** `top` is the working columns' next free row; inputs start at `inputsTop` in T:U. */
export function leverCells(
  contract: Contract,
  s: PeriodStatement,
  top: number,
  inputsTop: number,
): LeverCells {
  const bandCells: CellInput[][] = [];
  const tiers = new Map<string, string>();
  const table = (title: string, rows: readonly { bound: number; rate: number }[]) => {
    bandCells.push([textCell(title), null]);
    const first = top + bandCells.length;
    for (const row of rows) bandCells.push([row.bound, row.rate]);
    bandCells.push([null, null]);
    return `$Q$${first}:$R$${first + rows.length - 1}`;
  };
  for (const v of s.levers.volume)
    tiers.set(v.term.id, table(`Tiers: ${v.term.name} (${v.term.method})`, v.term.tiers));
  const settlement = s.levers.settlement;
  const shares =
    settlement && settlement.kind !== 'later' && contract.gainShare
      ? table(
          'Gain share bands (actual ÷ target → provider’s share)',
          contract.gainShare.shareBands,
        )
      : null;

  const inputCells: CellInput[][] = [[textCell('Statement inputs (kept for the pane)'), null]];
  const unitsCell = new Map<string, string>();
  for (const v of s.levers.volume) {
    inputCells.push([textCell(`${UNITS_KEY}${v.term.id}`), v.units]);
    unitsCell.set(v.term.id, `$${INPUT_VALUE_COLUMN}$${inputsTop + inputCells.length - 1}`);
  }
  inputCells.push([COST_KEY, settlementCost(settlement)]);
  const costCell = `$${INPUT_VALUE_COLUMN}$${inputsTop + inputCells.length - 1}`;
  // A contract without levers has no inputs: its statement looks as it always did.
  return {
    bandCells,
    tiers,
    shares,
    inputCells: hasLevers(contract) ? inputCells : [],
    unitsCell,
    costCell,
  };
}

const settlementCost = (s: Settlement | null) => (s?.kind === 'settled' ? s.actualCost : null);

/**
 * The volume lines and the settlement; returns the cell of what they add to the invoice (SUM, so a
 * pending line's text counts as nothing), or null when the contract has neither lever.
 */
export function leverRows(
  rows: SheetRows,
  contract: Contract,
  s: PeriodStatement,
  start: string,
  cells: LeverCells,
): string | null {
  if (!hasLevers(contract)) return null;
  const parts: string[] = [];
  if (s.levers.volume.length > 0) {
    rows.add(['Volume pricing', 'Method', 'Units', 'Charge']);
    const first = rows.next;
    for (const v of s.levers.volume) {
      const units = cells.unitsCell.get(v.term.id) as string;
      const tiers = cells.tiers.get(v.term.id) as string;
      rows.add(
        [
          textCell(`${v.term.name} (per ${v.term.unit})`),
          v.term.method,
          v.units === null ? 'not given' : `=${units}`,
          v.units === null
            ? 'pending: units not given'
            : `=OUTCOME.VOLUMEPRICE(C${rows.next},${tiers},"${v.term.method}")`,
        ],
        (c) => (c === 3 ? MONEY : null),
      );
    }
    const total = rows.add(
      ['Volume charges this month', null, null, `=SUM(D${first}:D${rows.next - 1})`],
      (c) => (c === 3 ? MONEY : null),
    );
    parts.push(`D${total}`);
  }
  const settlement = s.levers.settlement;
  if (settlement && contract.gainShare) {
    rows.add([]);
    const cell = settlementRows(rows, contract, settlement, start, cells);
    if (cell) parts.push(cell);
  }
  rows.add([]);
  const effect = rows.add(
    ['Commercial levers this month', parts.length > 0 ? `=SUM(${parts.join(',')})` : 0],
    (c) => (c === 1 ? MONEY : null),
  );
  return `B${effect}`;
}

function settlementRows(
  rows: SheetRows,
  contract: Contract,
  settlement: Settlement,
  start: string,
  cells: LeverCells,
): string | null {
  const gs = contract.gainShare;
  if (!gs) return null;
  const from = periodAfter(start, settlement.year * MONTHS_PER_YEAR);
  if (settlement.kind === 'later') {
    rows.add([
      textCell(
        `Gain/pain share: contract year ${settlement.year + 1} (from ${from}) settles in ${periodAfter(start, settlement.closingMonth)}, month ${settlement.closingMonth + 1}.`,
      ),
    ]);
    return null;
  }
  const money = (c: number) => (c === 1 ? MONEY : null);
  rows.add([
    textCell(
      `Gain/pain share: contract year ${settlement.year + 1}, ${from} to ${periodAfter(start, settlement.year * MONTHS_PER_YEAR + settlement.months - 1)}`,
    ),
  ]);
  const annual = rows.add(['Target cost per year', gs.targetCostAnnual], money);
  const months = rows.add(['Months in this contract year', settlement.months]);
  const share = `B${months}/${MONTHS_PER_YEAR}`;
  const target = rows.add(['Target cost of this year', `=B${annual}*${share}`], money);
  const actual = rows.add(
    [
      'Actual cost of this year',
      settlement.kind === 'pending' ? 'not given' : `=${cells.costCell}`,
    ],
    money,
  );
  // An empty cap is none: OUTCOME.GAINSHARE reads a blank cap as uncapped.
  const cap = (label: string, amount: number | null) =>
    rows.add(
      [
        `${label} for this year${amount === null ? ' (empty: none)' : ''}`,
        amount === null ? null : `=${amount}*${share}`,
      ],
      money,
    );
  const pain = cap('Pain cap', gs.painCap);
  const gain = cap('Gain cap', gs.gainCap);
  const amount = rows.add(
    [
      'Settlement: + a saving shared (paid to the provider), − an overrun borne (off the invoice)',
      settlement.kind === 'pending'
        ? 'pending: the year’s actual cost is not given'
        : `=OUTCOME.GAINSHARE(B${actual},B${target},${cells.shares},B${pain},B${gain})`,
    ],
    money,
  );
  return `B${amount}`;
}

/** The inputs a written statement was made with, or null when the sheet is not there. */
export async function readStatementInputs(
  host: WorkbookHost,
  sheet: string,
  contract: Contract,
  inputsTop: number,
): Promise<StatementInputs | null> {
  if (!(await host.listSheets()).includes(sheet)) return null;
  const height = (contract.volumePricing ?? []).length + 2;
  const cells = await host.readRange(
    sheet,
    `${INPUTS_COLUMN}${inputsTop}:${INPUT_VALUE_COLUMN}${inputsTop + height - 1}`,
  );
  const units: Record<string, number> = {};
  let yearActualCost: number | null = null;
  for (const [key, value] of cells) {
    if (typeof key !== 'string' || !isAmount(value)) continue;
    if (key === COST_KEY) yearActualCost = value;
    else if (key.startsWith(UNITS_KEY)) units[key.slice(UNITS_KEY.length)] = value;
  }
  return { units, yearActualCost };
}

const isAmount = (v: CellValue): v is number => typeof v === 'number' && Number.isFinite(v);
