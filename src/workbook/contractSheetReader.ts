import { type BandMethod } from '../engine/rules/bands';
import {
  type BandBasis,
  type Contract,
  type EarnbackMode,
  type RatchetTerms,
  type ServiceLevel,
} from '../engine/terms/contract';
import { type Direction } from '../engine/rules/direction';
import { countText, serviceLevelsOverLimit, termOverLimit } from '../engine/terms/limits';
import { cellAddress, parseRange } from './cellAddress';
import {
  BAND_TABLE_PREFIX,
  bandsFromTable,
  bandTableNames,
  bandTableTopLeft,
  CONTRACT_SHEET,
  gridNumber,
  SERVICE_LEVEL_HEADERS,
  SERVICE_LEVELS_TABLE,
  CONTRACT_START_LABEL,
} from './contractSheet';
import { type CellValue, type TableContent, type WorkbookHost } from './workbookHost';
import { serialPeriod } from './excelDates';
import { parsePeriod } from '../engine/review/servicePeriod';

/**
 * Rebuilds a contract from what `writeContractSheet` wrote: the terms block (found by its labels,
 * so inserted rows do no harm), the OM_ServiceLevels table (columns found by their headers) and
 * each service level's Bands_ table. This is the way back when the stored model cannot be read.
 * The sheet does not hold everything: service level ids are made afresh from the names, and gain
 * share terms, scenarios and proposals are only in the stored model.
 */

export type ContractSheetRead =
  | { readonly kind: 'ok'; readonly contract: Contract }
  /** `problems` lists everything found; `message` names the first few for the user. */
  | { readonly kind: 'invalid'; readonly message: string; readonly problems: readonly string[] };

/** Columns A:B down to this row are searched for the term labels (the block has 14 rows). */
const TERMS_SCAN = 'A1:B60';
/** Problems named in the message; the rest are counted. */
const PROBLEMS_SHOWN = 3;

const EARNBACK_MODES: readonly EarnbackMode[] = ['none', 'all', 'prorata', 'annualAverage'];
const RATCHET_METHODS: readonly RatchetTerms['method'][] = ['midpoint', 'average', 'none'];
const DIRECTIONS: readonly Direction[] = ['higher', 'lower'];
const BAND_METHODS: readonly BandMethod[] = ['step', 'linear'];
const BAND_BASES: readonly BandBasis[] = ['performance', 'attainment'];

// ---- reading one cell ----

/** A cell's value, or what is wrong with it (said after the field's label: "is empty"). */
type Parsed<T> = { readonly value: T } | { readonly problem: string };
type Parse<T> = (cell: CellValue) => Parsed<T>;

const isBlank = (cell: CellValue) => typeof cell === 'string' && cell.trim() === '';
const shown = (cell: CellValue) => JSON.stringify(cell);

/** Text as the user typed it; Excel may have turned text such as "2025" or "TRUE" into a number or a boolean. */
const text: Parse<string> = (cell) => ({
  value: typeof cell === 'boolean' ? (cell ? 'TRUE' : 'FALSE') : String(cell),
});

const number: Parse<number> = (cell) => {
  if (isBlank(cell)) return { problem: 'is empty' };
  const value = gridNumber(cell);
  return value === null ? { problem: `is not a number (${shown(cell)})` } : { value };
};

const optionalNumber: Parse<number | null> = (cell) =>
  isBlank(cell) ? { value: null } : number(cell);

const choice =
  <T extends string>(options: readonly T[]): Parse<T> =>
  (cell) => {
    if (isBlank(cell)) return { problem: `is empty; use ${options.join(', ')}` };
    const found = options.find(
      (option) => option.toLowerCase() === String(cell).trim().toLowerCase(),
    );
    return found === undefined
      ? { problem: `is ${shown(cell)}, not one of ${options.join(', ')}` }
      : { value: found };
  };

const flag: Parse<boolean> = (cell) => {
  if (typeof cell === 'boolean') return { value: cell };
  const word = String(cell).trim().toLowerCase();
  if (word === 'true' || word === 'false') return { value: word === 'true' };
  return {
    problem: isBlank(cell)
      ? 'is empty; use TRUE or FALSE'
      : `is not TRUE or FALSE (${shown(cell)})`,
  };
};

/** Collects problems; a read with problems returns them instead of a contract. */
class Problems {
  readonly list: string[] = [];

  add(problem: string): void {
    this.list.push(problem);
  }

  /**
   * The parsed value, or a problem "<where>: <label> <what is wrong>". The stand-in value returned with
   * a problem is never used: any problem means no contract is built.
   */
  take<T>(parsed: Parsed<T>, where: string, label: string): T {
    if ('value' in parsed) return parsed.value;
    this.add(`${where}: ${label} ${parsed.problem}`);
    return undefined as T;
  }
}

// ---- the terms block ----

type Terms = Omit<Contract, 'serviceLevels' | 'gainShare'>;

async function readTerms(host: WorkbookHost, problems: Problems): Promise<Terms> {
  const scan = parseRange(TERMS_SCAN);
  const cells = await host.readRange(CONTRACT_SHEET, TERMS_SCAN);
  /** The value beside the first label `label` in column A (ignoring case and spaces), and where it is. */
  const term = <T>(label: string, parse: Parse<T>): T => {
    const at = cells.findIndex(
      (row) => String(row[0]).trim().toLowerCase() === label.toLowerCase(),
    );
    if (at < 0) {
      problems.add(`The terms block on the ${CONTRACT_SHEET} sheet has no "${label}" row`);
      return undefined as T;
    }
    return problems.take(
      parse(cells[at][1]),
      `${CONTRACT_SHEET}!${cellAddress(scan.row + at, scan.col + 1)}`,
      label,
    );
  };
  const terms: Terms = {
    name: term('Contract', text),
    currency: term('Currency', text),
    monthlyCharges: term('Monthly charges', number),
    atRiskShare: term('At-risk %', number),
    poolShare: term('Pool %', number),
    incentiveCapMonthlyShare: term('Monthly incentive cap (blank = none)', optionalNumber),
    incentiveCapAnnualShare: term('Annual incentive cap (blank = none)', optionalNumber),
    earnback: {
      mode: term('Earnback', choice(EARNBACK_MODES)),
      window: term('Earnback window (months)', number),
    },
    ratchet: {
      method: term('Ratchet', choice(RATCHET_METHODS)),
      maxGapShare: term('Ratchet cap, share of gap to perfect (blank = none)', optionalNumber),
    },
    termMonths: term('Term (months)', number),
  };
  // A term in days or a stray digit would size every monthly calculation: refused here, as on load.
  const tooLong = typeof terms.termMonths === 'number' ? termOverLimit(terms.termMonths) : null;
  if (tooLong) problems.add(`${CONTRACT_SHEET} sheet: ${tooLong}`);
  // Older sheets have no start row: the start stays not agreed, as it was.
  const startAt = cells.findIndex(
    (row) => String(row[0]).trim().toLowerCase() === CONTRACT_START_LABEL.toLowerCase(),
  );
  if (startAt < 0 || isBlank(cells[startAt][1])) return terms;
  const cell = cells[startAt][1];
  const start = typeof cell === 'number' ? serialPeriod(cell) : String(cell).trim();
  if (start !== null && parsePeriod(start) !== null) return { ...terms, startPeriod: start };
  problems.add(
    `${CONTRACT_SHEET}!${cellAddress(scan.row + startAt, scan.col + 1)} (${CONTRACT_START_LABEL}) is not a month (${shown(cell)})`,
  );
  return terms;
}

// ---- the OM_ServiceLevels table ----

type Header = (typeof SERVICE_LEVEL_HEADERS)[number];
/** A service level as its row gives it: everything but the id and the band rows. */
type ServiceLevelRow = Omit<ServiceLevel, 'id' | 'bands'> & {
  readonly bands: Omit<ServiceLevel['bands'], 'rows'>;
  readonly row: number;
};

const isBlankRow = (row: readonly CellValue[]) => row.every(isBlank);

function readServiceLevelRows(table: TableContent, problems: Problems): ServiceLevelRow[] {
  const columnOf = new Map<Header, number>();
  const missing: Header[] = [];
  for (const header of SERVICE_LEVEL_HEADERS) {
    const at = table.headers.findIndex((h) => h.trim().toLowerCase() === header.toLowerCase());
    if (at < 0) missing.push(header);
    else columnOf.set(header, at);
  }
  if (missing.length > 0) {
    const names = missing.map((h) => `"${h}"`).join(', ');
    problems.add(
      `${SERVICE_LEVELS_TABLE} has no ${names} ${missing.length === 1 ? 'column' : 'columns'} (its columns: ${table.headers.join(', ')})`,
    );
    return [];
  }
  const filled = table.rows
    .map((cells, i) => ({ cells, row: i + 1 }))
    .filter(({ cells }) => !isBlankRow(cells));
  // A pasted block of thousands of rows is refused before its rows (and band tables) are read.
  const tooMany = serviceLevelsOverLimit(filled.length);
  if (tooMany) {
    problems.add(`${SERVICE_LEVELS_TABLE}: ${tooMany}`);
    return [];
  }
  return filled.map(({ cells, row }) => {
    const where = `${SERVICE_LEVELS_TABLE} row ${row}`;
    const field = <T>(header: Header, parse: Parse<T>): T =>
      problems.take(parse(cells[columnOf.get(header) as number]), where, header);
    return {
      row,
      name: field('Name', text),
      unit: field('Unit', text),
      direction: field('Direction', choice(DIRECTIONS)),
      expected: field('Expected', number),
      minimum: field('Minimum', optionalNumber),
      allocation: field('Allocation', number),
      critical: field('Critical', flag),
      bands: {
        method: field('Band method', choice(BAND_METHODS)),
        basis: field('Band basis', choice(BAND_BASES)),
      },
    };
  });
}

// ---- the band tables ----

interface BandTable {
  readonly content: TableContent;
  readonly topLeft: string;
}

async function contractBandTables(host: WorkbookHost): Promise<BandTable[]> {
  const out: BandTable[] = [];
  for (const name of await host.listTables()) {
    if (!name.toLowerCase().startsWith(BAND_TABLE_PREFIX.toLowerCase())) continue;
    const content = await host.readTable(name);
    if (!content || content.sheet.toLowerCase() !== CONTRACT_SHEET.toLowerCase()) continue;
    const at = parseRange(content.address);
    out.push({ content, topLeft: cellAddress(at.row, at.col) });
  }
  return out;
}

/**
 * Which band table belongs to which row. The writer names a table after its service level and
 * places the i-th level's table at bandTableTopLeft(i); either can have changed since (a level
 * renamed in the grid keeps its table's name; a row deleted in the grid moves the levels up).
 * First a table both named and placed for its level, then one named for it, then the one placed
 * for it. A name with nothing a table name can hold was named after the old id, which is lost:
 * such a level takes the table at its place.
 */
function matchBandTables(
  terms: Terms,
  levels: readonly ServiceLevelRow[],
  tables: readonly BandTable[],
): (BandTable | undefined)[] {
  // Placeholder ids "_<i>" give table names starting "Bands__", which no name gives (the writer trims "_").
  const expected = bandTableNames({
    ...terms,
    serviceLevels: levels.map((sl, i) => ({
      ...sl,
      id: `_${i}`,
      bands: { ...sl.bands, rows: [] },
    })),
  });
  const nameOf = (i: number) => (expected.get(`_${i}`) as string).toLowerCase();
  const fromId = (i: number) => nameOf(i).startsWith(`${BAND_TABLE_PREFIX}_`.toLowerCase());
  const taken = new Set<BandTable>();
  const matched: (BandTable | undefined)[] = levels.map(() => undefined);
  const assign = (i: number, table: BandTable | undefined) => {
    if (matched[i] || !table || taken.has(table)) return;
    matched[i] = table;
    taken.add(table);
  };
  const placed = (i: number) => tables.find((t) => t.topLeft === bandTableTopLeft(i));
  levels.forEach((_, i) => {
    const table = placed(i);
    if (table && (fromId(i) || table.content.name.toLowerCase() === nameOf(i))) assign(i, table);
  });
  levels.forEach((_, i) =>
    assign(
      i,
      tables.find((t) => !fromId(i) && t.content.name.toLowerCase() === nameOf(i)),
    ),
  );
  levels.forEach((_, i) => assign(i, placed(i)));
  return matched;
}

// ---- the contract ----

/** Ids made from the names ("P1 resolved within 4h" → "p1-resolved-within-4h"), unique. */
function restoredIds(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name, i) => {
    const base =
      name
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/g, '') || `service-level-${i + 1}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

function invalid(problems: readonly string[]): ContractSheetRead {
  const first = problems.slice(0, PROBLEMS_SHOWN).join('; ');
  const more = problems.length - PROBLEMS_SHOWN;
  const rest = more > 0 ? ` (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : '';
  return {
    kind: 'invalid',
    message: `The workbook tables could not be restored: ${first}${rest}.`,
    problems,
  };
}

export async function readContractSheet(host: WorkbookHost): Promise<ContractSheetRead> {
  const sheets = await host.listSheets();
  if (!sheets.some((s) => s.toLowerCase() === CONTRACT_SHEET.toLowerCase())) {
    return invalid([`there is no ${CONTRACT_SHEET} sheet; the pane writes it with the tables`]);
  }
  const problems = new Problems();
  const terms = await readTerms(host, problems);
  const table = await host.readTable(SERVICE_LEVELS_TABLE);
  if (!table) problems.add(`there is no ${SERVICE_LEVELS_TABLE} table`);
  const levels = table ? readServiceLevelRows(table, problems) : [];
  if (problems.list.length > 0) return invalid(problems.list);

  const tables = matchBandTables(terms, levels, await contractBandTables(host));
  const ids = restoredIds(levels.map((sl) => sl.name));
  const serviceLevels = levels.map(({ row, ...sl }, i): ServiceLevel => {
    const found = tables[i];
    if (!found) {
      problems.add(
        `${SERVICE_LEVELS_TABLE} row ${row}: there is no band table for "${sl.name}" at ${CONTRACT_SHEET}!${bandTableTopLeft(i)}`,
      );
      return { ...sl, id: ids[i], bands: { ...sl.bands, rows: [] } };
    }
    const bands = bandsFromTable(found.content.name, found.content.headers, found.content.rows);
    if (bands.kind === 'error') problems.add(bands.message);
    return {
      ...sl,
      id: ids[i],
      bands: { ...sl.bands, rows: bands.kind === 'rows' ? bands.rows : [] },
    };
  });
  if (problems.list.length > 0) return invalid(problems.list);
  return { kind: 'ok', contract: { ...terms, serviceLevels } };
}

/** What a restore brought back and what it could not, for the user to check before writing. */
export function restoredSummary(contract: Contract): string {
  const count = contract.serviceLevels.length;
  const names = contract.serviceLevels.slice(0, 10).map((sl) => sl.name);
  const listed =
    count > 10 ? `${names.join(', ')} and ${countText(count - 10)} more` : names.join(', ');
  const levels =
    count === 0
      ? 'no service levels'
      : `${count === 1 ? '1 service level' : `${countText(count)} service levels`} with their bands (${listed})`;
  return (
    `Restored from the workbook tables: the terms of "${contract.name}" and ${levels}. ` +
    'Gain-share terms, scenarios and proposals are not kept in those tables and were not restored. ' +
    'Check the contract, then write it to replace the stored model that could not be read.'
  );
}
