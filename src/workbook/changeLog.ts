import { BandRow } from '../engine/bands';
import { Contract, ServiceLevel } from '../engine/contract';
import { OutcomeModel } from '../engine/outcomeModel';
import { textCell } from './cellText';
import { WorkbookHost } from './workbookHost';
import type { ChangeLogEntry } from './workbookOperations';

/**
 * The negotiation's audit trail: what changed between two versions of the model, term by term and
 * service level by service level, in words and numbers a negotiator reads without the pane.
 */

export const CHANGE_LOG_SHEET = 'OM_ChangeLog';
export const CHANGE_LOG_TABLE = 'OM_ChangeLog';
export const CHANGE_LOG_HEADERS = ['Time', 'Service level', 'Field', 'Old', 'New'] as const;

/** Numbers at 12 significant digits (no binary noise such as 12.000000000000002), with a true minus sign. */
export function numberText(x: number): string {
  return String(Number(x.toPrecision(12))).replace('-', '\u2212');
}

export const percentText = (share: number) => `${numberText(share * 100)}%`;
const optionalPercent = (share: number | null) => (share === null ? 'none' : percentText(share));

/** "99→−50%; 99.5→0%": the band points in order of their lower bounds. */
export function bandsText(rows: readonly BandRow[]): string {
  if (rows.length === 0) return 'no bands';
  return [...rows]
    .sort((a, b) => a.bound - b.bound)
    .map((r) => `${numberText(r.bound)}→${percentText(r.rate)}`)
    .join('; ');
}

type Field<T> = readonly [label: string, show: (x: T) => string];

const CONTRACT_FIELDS: readonly Field<Contract>[] = [
  ['Contract name', (c) => c.name],
  ['Currency', (c) => c.currency],
  ['Monthly charges', (c) => numberText(c.monthlyCharges)],
  ['At-risk %', (c) => percentText(c.atRiskShare)],
  ['Pool %', (c) => percentText(c.poolShare)],
  ['Monthly incentive cap', (c) => optionalPercent(c.incentiveCapMonthlyShare)],
  ['Annual incentive cap', (c) => optionalPercent(c.incentiveCapAnnualShare)],
  ['Earnback', (c) => c.earnback.mode],
  ['Earnback window (months)', (c) => numberText(c.earnback.window)],
  ['Ratchet', (c) => c.ratchet.method],
  ['Ratchet cap', (c) => optionalPercent(c.ratchet.maxGapShare)],
  ['Term (months)', (c) => numberText(c.termMonths)],
];

const SERVICE_LEVEL_FIELDS: readonly Field<ServiceLevel>[] = [
  ['Unit', (s) => s.unit],
  ['Direction', (s) => s.direction],
  ['Expected', (s) => numberText(s.expected)],
  ['Minimum', (s) => (s.minimum === null ? 'none' : numberText(s.minimum))],
  ['Allocation', (s) => percentText(s.allocation)],
  ['Critical', (s) => (s.critical ? 'yes' : 'no')],
  ['Band method', (s) => s.bands.method],
  ['Band basis', (s) => s.bands.basis],
  ['Bands', (s) => bandsText(s.bands.rows)],
];

/** What changed from `before` to `after`; with no `before`, one entry saying the model was created. */
export function diffModels(before: OutcomeModel | null, after: OutcomeModel, time: Date): ChangeLogEntry[] {
  const at = time.toISOString();
  const entry = (serviceLevel: string, field: string, oldValue: string, newValue: string): ChangeLogEntry => ({
    time: at,
    serviceLevel,
    field,
    oldValue,
    newValue,
  });
  const a = after.contract;
  if (before === null) {
    const count = a.serviceLevels.length;
    return [entry('', 'Contract', '', `created with ${count} service ${count === 1 ? 'level' : 'levels'}`)];
  }
  const b = before.contract;
  const out: ChangeLogEntry[] = [];
  for (const [label, show] of CONTRACT_FIELDS) {
    if (show(b) !== show(a)) out.push(entry('', label, show(b), show(a)));
  }

  const afterIds = new Set(a.serviceLevels.map((sl) => sl.id));
  const beforeById = new Map(b.serviceLevels.map((sl) => [sl.id, sl]));
  for (const old of b.serviceLevels) if (!afterIds.has(old.id)) out.push(entry(old.name, 'Service level', '', 'removed'));
  for (const sl of a.serviceLevels) {
    const old = beforeById.get(sl.id);
    if (!old) {
      out.push(entry(sl.name, 'Service level', '', 'added'));
      continue;
    }
    if (old.name !== sl.name) out.push(entry(sl.name, 'Name', old.name, sl.name));
    for (const [label, show] of SERVICE_LEVEL_FIELDS) {
      if (show(old) !== show(sl)) out.push(entry(sl.name, label, show(old), show(sl)));
    }
  }

  const kept = (c: Contract, ids: Set<string>) => c.serviceLevels.filter((sl) => ids.has(sl.id));
  const beforeOrder = kept(b, afterIds);
  const afterOrder = kept(a, new Set(beforeById.keys()));
  if (beforeOrder.some((sl, i) => sl.id !== afterOrder[i].id)) {
    const names = (sls: readonly ServiceLevel[]) => sls.map((sl) => sl.name).join(', ');
    out.push(entry('', 'Service level order', names(beforeOrder), names(afterOrder)));
  }
  return out;
}

/** Appends entries to the OM_ChangeLog table, creating its sheet and table on first use. */
export async function appendChangeLog(host: WorkbookHost, entries: readonly ChangeLogEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map((e) => [e.time, e.serviceLevel, e.field, e.oldValue, e.newValue].map(textCell));
  await host.ensureSheet(CHANGE_LOG_SHEET);
  if (await host.readTable(CHANGE_LOG_TABLE)) {
    await host.appendTableRows(CHANGE_LOG_TABLE, rows);
    return;
  }
  await host.writeTable({
    name: CHANGE_LOG_TABLE,
    sheet: CHANGE_LOG_SHEET,
    topLeft: 'A1',
    headers: [...CHANGE_LOG_HEADERS],
    rows,
    // Text, so that "99.5" or an ISO time stays exactly as logged rather than becoming a number or date.
    numberFormats: CHANGE_LOG_HEADERS.map(() => '@'),
  });
}
