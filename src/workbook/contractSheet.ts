import { type BandRow } from '../engine/rules/bands';
import { type Contract, type ServiceLevel } from '../engine/terms/contract';
import { PLAIN_NUMBERS, readNumberText } from '../engine/rules/numberText';
import { bandRowsOverLimit } from '../engine/terms/limits';
import { cellAddress, parseRange, qualifiedAddress, rangeAddress } from './cellAddress';
import { textCell } from './cellText';
import { type CellInput, type WorkbookHost } from './workbookHost';
import { MONTH_FORMAT, periodSerial } from './excelDates';
import { assertTableName } from './workbookRules';

/**
 * The "Contract" sheet: the terms as labelled cells with workbook names, the service levels as the
 * table OM_ServiceLevels and one band table per service level (Bands_<name>), so that formulas such
 * as =OUTCOME.PAYOUT(B5, Bands_Availability, "linear") work on the negotiated bands. Every block
 * grows downward in its own columns, so a rewrite replaces tables in place instead of moving them.
 */

export const CONTRACT_SHEET = 'Contract';
export const SERVICE_LEVELS_TABLE = 'OM_ServiceLevels';
export const BAND_TABLE_PREFIX = 'Bands_';
export const BAND_HEADERS = ['Lower bound', 'Rate'] as const;
export const SERVICE_LEVEL_HEADERS = [
  'Name',
  'Unit',
  'Direction',
  'Expected',
  'Minimum',
  'Allocation',
  'Critical',
  'Band method',
  'Band basis',
] as const;

/** Workbook names of the key terms, and the cells they name. */
export const TERM_NAMES = {
  monthlyCharges: { name: 'OM_MonthlyCharges', cell: 'B4' },
  atRiskShare: { name: 'OM_AtRiskShare', cell: 'B5' },
  atRiskAmount: { name: 'OM_AtRiskAmount', cell: 'B6' },
  poolShare: { name: 'OM_PoolShare', cell: 'B7' },
} as const;

const TERMS_TOP_LEFT = 'A1';
export const CONTRACT_START_LABEL = 'Contract start (first month; blank = not agreed)';
const SERVICE_LEVELS_CAPTION = 'D1';
export const SERVICE_LEVELS_TOP_LEFT = 'D2';
/** Band tables sit side by side from column N, each two columns wide with one blank column after it. */
const FIRST_BAND_COLUMN = 14;
const BAND_COLUMN_STEP = 3;
const BAND_CAPTION_ROW = 1;
const BAND_TABLE_ROW = 2;

const MONEY = '#,##0.00';
const PERCENT = '0.0%';
const RATE_FORMAT = '0.0%';

/** The terms block: label, value and number format per row; at-risk amount is a formula of the cells above it. */
function termRows(contract: Contract): [string, CellInput, string | null][] {
  return [
    ['Contract', textCell(contract.name), null],
    ['Currency', textCell(contract.currency), null],
    ['Monthly charges', contract.monthlyCharges, MONEY],
    ['At-risk %', contract.atRiskShare, PERCENT],
    ['At-risk amount', `=${TERM_NAMES.monthlyCharges.cell}*${TERM_NAMES.atRiskShare.cell}`, MONEY],
    ['Pool %', contract.poolShare, '0%'],
    ['Monthly incentive cap (blank = none)', contract.incentiveCapMonthlyShare, PERCENT],
    ['Annual incentive cap (blank = none)', contract.incentiveCapAnnualShare, PERCENT],
    ['Earnback', contract.earnback.mode, null],
    ['Earnback window (months)', contract.earnback.window, '0'],
    ['Ratchet', contract.ratchet.method, null],
    ['Ratchet cap, share of gap to perfect (blank = none)', contract.ratchet.maxGapShare, '0%'],
    ['Term (months)', contract.termMonths, '0'],
    [
      CONTRACT_START_LABEL,
      contract.startPeriod === undefined ? null : periodSerial(contract.startPeriod),
      MONTH_FORMAT,
    ],
  ];
}

/** Band table names of every service level: the name made table-safe, unique ignoring case. */
export function bandTableNames(contract: Contract): Map<string, string> {
  const names = new Map<string, string>();
  const used = new Set<string>();
  for (const sl of contract.serviceLevels) {
    // Each run of characters a table name cannot hold becomes one "_"; none dangle at the ends.
    const safe =
      sl.name.replace(/[^\p{L}\p{N}_.]+/gu, '_').replace(/^_+|_+$/g, '') ||
      sl.id.replace(/[^\p{L}\p{N}_.]+/gu, '_');
    const base = clipName(`${BAND_TABLE_PREFIX}${safe}`, 250);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}_${n}`;
    used.add(name.toLowerCase());
    names.set(sl.id, name);
  }
  return names;
}

/** At most `length` UTF-16 units, never cutting a character in two (an astral letter is two units). */
function clipName(name: string, length: number): string {
  let out = '';
  for (const ch of name) {
    if (out.length + ch.length > length) break;
    out += ch;
  }
  return out;
}

export function bandTableName(sl: ServiceLevel, contract: Contract): string {
  const name = bandTableNames(contract).get(sl.id);
  if (name === undefined)
    throw new Error(`Service level "${sl.name}" is not part of contract "${contract.name}".`);
  return name;
}

/** Top-left cell of the i-th service level's band table. */
export function bandTableTopLeft(index: number): string {
  return cellAddress(BAND_TABLE_ROW, FIRST_BAND_COLUMN + index * BAND_COLUMN_STEP);
}

const bandCaption = (sl: ServiceLevel) =>
  textCell(`${sl.name} (${sl.bands.method} on ${sl.bands.basis})`);

export async function writeContractSheet(host: WorkbookHost, contract: Contract): Promise<void> {
  const names = bandTableNames(contract);
  // Every table name is checked before the first change: a name Excel refuses stops the write whole.
  const termNames = Object.values(TERM_NAMES).map((t) => t.name);
  for (const name of [SERVICE_LEVELS_TABLE, ...names.values()]) assertTableName(name, termNames);
  await host.ensureSheet(CONTRACT_SHEET);
  await removeStaleBandTables(host, contract, names);

  const terms = termRows(contract);
  await host.writeRange(
    CONTRACT_SHEET,
    TERMS_TOP_LEFT,
    [['Contract terms', null], ...terms.map(([label, value]) => [label, value])],
    [[null, null], ...terms.map(([, , format]) => [null, format])],
  );
  for (const { name, cell } of Object.values(TERM_NAMES)) {
    await host.defineName(
      name,
      `=${qualifiedAddress(CONTRACT_SHEET, rangeAddress(cell, 1, 1, true))}`,
    );
  }

  await host.writeRange(CONTRACT_SHEET, SERVICE_LEVELS_CAPTION, [['Service levels']]);
  await host.writeTable({
    name: SERVICE_LEVELS_TABLE,
    sheet: CONTRACT_SHEET,
    topLeft: SERVICE_LEVELS_TOP_LEFT,
    headers: [...SERVICE_LEVEL_HEADERS],
    rows: contract.serviceLevels.map((sl) => [
      textCell(sl.name),
      textCell(sl.unit),
      sl.direction,
      sl.expected,
      sl.minimum,
      sl.allocation,
      sl.critical,
      sl.bands.method,
      sl.bands.basis,
    ]),
    numberFormats: [null, null, null, null, null, PERCENT, null, null, null],
  });

  const captions: CellInput[] = [];
  for (const [i, sl] of contract.serviceLevels.entries()) {
    await host.writeTable({
      name: names.get(sl.id) as string,
      sheet: CONTRACT_SHEET,
      topLeft: bandTableTopLeft(i),
      headers: [...BAND_HEADERS],
      rows: sl.bands.rows.map((row) => [row.bound, row.rate]),
      numberFormats: [null, RATE_FORMAT],
    });
    captions.push(bandCaption(sl), null, null);
  }
  if (captions.length > 0) {
    await host.writeRange(CONTRACT_SHEET, cellAddress(BAND_CAPTION_ROW, FIRST_BAND_COLUMN), [
      captions,
    ]);
  }
}

/**
 * Band tables on the Contract sheet that no longer fit the contract: a table whose service level
 * was renamed is renamed where the host can (formulas using it follow); one that belongs to no
 * service level, or must move because service levels were removed or reordered, is deleted with
 * its caption (a table cannot be moved onto another).
 */
async function removeStaleBandTables(
  host: WorkbookHost,
  contract: Contract,
  names: Map<string, string>,
): Promise<void> {
  const plannedAt = new Map<string, string>();
  const plannedName = new Map<string, string>();
  contract.serviceLevels.forEach((sl, i) => {
    const name = names.get(sl.id) as string;
    plannedAt.set(name.toLowerCase(), bandTableTopLeft(i));
    plannedName.set(bandTableTopLeft(i), name);
  });
  const existing = await host.listTables();
  const exists = (name: string) => existing.some((t) => t.toLowerCase() === name.toLowerCase());
  for (const name of [...existing]) {
    if (!name.toLowerCase().startsWith(BAND_TABLE_PREFIX.toLowerCase())) continue;
    const table = await host.readTable(name);
    if (!table || table.sheet.toLowerCase() !== CONTRACT_SHEET.toLowerCase()) continue;
    const at = parseRange(table.address);
    const topLeft = cellAddress(at.row, at.col);
    if (plannedAt.get(name.toLowerCase()) === topLeft) continue;
    const renamed = plannedName.get(topLeft);
    if (host.renameTable && renamed !== undefined && !exists(renamed)) {
      await host.renameTable(name, renamed);
      existing.push(renamed);
      continue;
    }
    await host.deleteTable(name);
    if (at.row > 1)
      await host.writeRange(CONTRACT_SHEET, cellAddress(at.row - 1, at.col), [[null]]);
  }
}

/** Band rows typed in the grid for one service level, or why they cannot be read. */
export type GridBands =
  | { readonly kind: 'rows'; readonly rows: readonly BandRow[] }
  | { readonly kind: 'error'; readonly message: string };

/** Reads every service level's band table (keyed by service level id); service levels without a table are left out. */
export async function readGridBands(
  host: WorkbookHost,
  contract: Contract,
): Promise<Record<string, GridBands>> {
  // Keyed by id, which may be any text ("toString"): no inherited keys.
  const out: Record<string, GridBands> = Object.create(null);
  const names = bandTableNames(contract);
  for (const sl of contract.serviceLevels) {
    const name = names.get(sl.id) as string;
    const table = await host.readTable(name);
    if (table) out[sl.id] = bandsFromTable(name, table.headers, table.rows);
  }
  return out;
}

/** The band rows of one table as the grid holds them, or why they cannot be read. */
export function bandsFromTable(
  name: string,
  headers: readonly string[],
  rows: readonly (readonly unknown[])[],
): GridBands {
  const column = (header: string) =>
    headers.findIndex((h) => h.trim().toLowerCase() === header.toLowerCase());
  const boundAt = column(BAND_HEADERS[0]);
  const rateAt = column(BAND_HEADERS[1]);
  if (boundAt < 0 || rateAt < 0) {
    return {
      kind: 'error',
      message: `${name}: the columns "${BAND_HEADERS[0]}" and "${BAND_HEADERS[1]}" are needed, found ${headers.join(', ')}`,
    };
  }
  // A paste gone wrong (10,000 rows) is refused before its rows are read.
  const tooMany = bandRowsOverLimit(name, rows.filter((row) => !isBlankRow(row)).length);
  if (tooMany) return { kind: 'error', message: tooMany };
  const out: BandRow[] = [];
  for (const [i, row] of rows.entries()) {
    // Excel keeps one data row in an emptied table; blank rows are no bands.
    if (isBlankRow(row)) continue;
    const bound = gridNumber(row[boundAt]);
    const rate = gridNumber(row[rateAt]);
    const where = `${name} row ${i + 1}`;
    if (bound === null)
      return {
        kind: 'error',
        message: `${where}: ${BAND_HEADERS[0]} ${JSON.stringify(row[boundAt])} is not a number`,
      };
    if (rate === null)
      return {
        kind: 'error',
        message: `${where}: ${BAND_HEADERS[1]} ${JSON.stringify(row[rateAt])} is not a number`,
      };
    out.push({ bound, rate });
  }
  return { kind: 'rows', rows: out };
}

const isBlankRow = (row: readonly unknown[]) => row.every((cell) => cell === '' || cell === null);

/** A number, or numeric text as the OUTCOME functions accept it ("99.5", "-5%"). */
export function gridNumber(cell: unknown): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== 'string') return null;
  const read = readNumberText(cell, PLAIN_NUMBERS);
  if (read === null || !Number.isFinite(read.value)) return null;
  return read.percent ? read.value / 100 : read.value;
}

/** Whether two band tables hold the same rows in any order, at the 15 significant digits Excel keeps. */
export function sameBandRows(a: readonly BandRow[], b: readonly BandRow[]): boolean {
  if (a.length !== b.length) return false;
  const key = (rows: readonly BandRow[]) =>
    rows
      .map((r) => [Number(r.bound.toPrecision(15)), Number(r.rate.toPrecision(15))])
      .sort((x, y) => x[0] - y[0] || x[1] - y[1])
      .join(';');
  return key(a) === key(b);
}
