import { type ActualRecord, measuredValue } from '../engine/review/actuals';
import { type Contract } from '../engine/terms/contract';
import { parsePeriod } from '../engine/review/servicePeriod';
import { textCell } from './cellText';
import { type CellValue, type WorkbookHost } from './workbookHost';
import { MONTH_FORMAT, periodSerial, serialPeriod } from './excelDates';

/**
 * The OM_Actuals table: every measured value the service review uses, one row per service level
 * and period, as imported (value, excluded minutes) and as measured (exclusions applied). The
 * table is the record; statements copy from it when they are written.
 */
export const ACTUALS_SHEET = 'OM_Actuals';
export const ACTUALS_TABLE = 'OM_Actuals';
export const ACTUALS_HEADERS = [
  'Service level',
  'Period',
  'Value',
  'Excluded minutes',
  'Measured value',
] as const;

export interface ActualsMerge {
  readonly records: readonly ActualRecord[];
  readonly added: number;
  /** Records that replace one already in the table (same service level and period). */
  readonly replaced: number;
}

const key = (r: ActualRecord) => `${r.serviceLevelId}\u0000${r.period}`;

/** The table's records with `incoming` added or replacing, ordered by period, then the contract's order. */
export function mergeActuals(
  contract: Contract,
  existing: readonly ActualRecord[],
  incoming: readonly ActualRecord[],
): ActualsMerge {
  const merged = new Map(existing.map((r) => [key(r), r]));
  let replaced = 0;
  for (const r of incoming) {
    if (merged.has(key(r))) replaced++;
    merged.set(key(r), r);
  }
  const order = new Map(contract.serviceLevels.map((sl, i) => [sl.id, i]));
  const records = [...merged.values()].sort((a, b) =>
    a.period < b.period
      ? -1
      : a.period > b.period
        ? 1
        : (order.get(a.serviceLevelId) ?? 0) - (order.get(b.serviceLevelId) ?? 0),
  );
  return { records, added: incoming.length - replaced, replaced };
}

export async function writeActualsTable(
  host: WorkbookHost,
  contract: Contract,
  records: readonly ActualRecord[],
): Promise<void> {
  const names = new Map(contract.serviceLevels.map((sl) => [sl.id, sl.name]));
  await host.ensureSheet(ACTUALS_SHEET);
  await host.writeTable({
    name: ACTUALS_TABLE,
    sheet: ACTUALS_SHEET,
    topLeft: 'A1',
    headers: ACTUALS_HEADERS,
    // The month as a date shown "Mar 2026": text "2026-03" would need an apostrophe Excel shows.
    rows: records.map((r) => [
      textCell(names.get(r.serviceLevelId) ?? r.serviceLevelId),
      periodSerial(r.period),
      r.value,
      r.excludedMinutes,
      measuredValue(r),
    ]),
    numberFormats: [null, MONTH_FORMAT, null, '0', null],
  });
}

export interface ActualsRead {
  readonly records: readonly ActualRecord[];
  /** Rows that could not be read (a renamed service level, text in a number), by table row. */
  readonly problems: readonly string[];
}

/** The table's records; an absent table reads as none. */
export async function readActualsTable(
  host: WorkbookHost,
  contract: Contract,
): Promise<ActualsRead> {
  const table = await host.readTable(ACTUALS_TABLE);
  if (table === null) return { records: [], problems: [] };
  const ids = new Map(contract.serviceLevels.map((sl) => [sl.name.trim().toLowerCase(), sl.id]));
  const records: ActualRecord[] = [];
  const problems: string[] = [];
  table.rows.forEach((row, i) => {
    if (row.every((c) => c === '')) return;
    const id = ids.get(String(row[0]).trim().toLowerCase());
    const period = periodOf(row[1]);
    const value = row[2];
    const excluded = row[3];
    if (id === undefined)
      problems.push(
        `${ACTUALS_TABLE} row ${i + 1}: "${row[0]}" is not a service level of the contract`,
      );
    else if (period === null)
      problems.push(`${ACTUALS_TABLE} row ${i + 1}: "${row[1]}" is not a period (YYYY-MM)`);
    else if (typeof value !== 'number')
      problems.push(`${ACTUALS_TABLE} row ${i + 1}: value "${value}" is not a number`);
    else
      records.push({
        serviceLevelId: id,
        period,
        value,
        excludedMinutes: typeof excluded === 'number' && excluded > 0 ? excluded : null,
      });
  });
  return { records, problems };
}

/** A date (the month it falls in), or "2026-03" as text, as older versions wrote it. */
function periodOf(cell: CellValue): string | null {
  if (typeof cell === 'number') return serialPeriod(cell);
  const text = String(cell).trim();
  return parsePeriod(text) === null ? null : text;
}
