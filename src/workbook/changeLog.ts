import { type Contract, type GainShareTerms, type ServiceLevel } from '../engine/terms/contract';
import { type OutcomeModel } from '../engine/terms/outcomeModel';
import { type Proposal } from '../engine/terms/proposal';
import { textCell } from './cellText';
import { bandsText, numberText, percentText } from './changeLogText';
import { scenarioChanges } from './scenarioChanges';
import { volumePricingChanges, volumeTermNames } from './volumePricingChanges';
import { type WorkbookHost } from './workbookHost';
import type { ChangeLogEntry } from './workbookOperations';

/**
 * The negotiation's audit trail: what changed between two versions of the model, term by term and
 * service level by service level, in words and numbers a negotiator reads without the pane.
 */

export const CHANGE_LOG_SHEET = 'OM_ChangeLog';
export const CHANGE_LOG_TABLE = 'OM_ChangeLog';
export const CHANGE_LOG_HEADERS = ['Time', 'Service level', 'Field', 'Old', 'New'] as const;

export { bandsText, numberText, percentText };

const optionalPercent = (share: number | null) => (share === null ? 'none' : percentText(share));
const optionalNumber = (x: number | null) => (x === null ? 'none' : numberText(x));
const gainShareText = (c: Contract, show: (g: GainShareTerms) => string) =>
  c.gainShare ? show(c.gainShare) : 'none';

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
  ['Contract start', (c) => c.startPeriod ?? 'not set'],
  // Optional terms read "none" while absent, so switching one on or off is a logged change.
  ['Gain share', (c) => (c.gainShare ? 'on' : 'none')],
  ['Gain-share target cost (year)', (c) => gainShareText(c, (g) => numberText(g.targetCostAnnual))],
  ['Gain-share bands', (c) => gainShareText(c, (g) => bandsText(g.shareBands))],
  ['Pain cap (year)', (c) => gainShareText(c, (g) => optionalNumber(g.painCap))],
  ['Gain cap (year)', (c) => gainShareText(c, (g) => optionalNumber(g.gainCap))],
  [
    'Monthly cost by year',
    (c) => (c.costBase ? c.costBase.monthlyByYear.map(numberText).join('; ') : 'none'),
  ],
  ['Cost indexation (year)', (c) => (c.costBase ? optionalPercent(c.costBase.indexation) : 'none')],
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

type Entry = (
  serviceLevel: string,
  field: string,
  oldValue: string,
  newValue: string,
) => ChangeLogEntry;

/**
 * What changed from `before` to `after`: the contract, then the proposals, then the scenarios. With
 * no `before`, one entry says the model was created (followed by its proposals and scenarios, if any).
 */
export function diffModels(
  before: OutcomeModel | null,
  after: OutcomeModel,
  time: Date,
): ChangeLogEntry[] {
  const at = time.toISOString();
  const entry: Entry = (serviceLevel, field, oldValue, newValue) => ({
    time: at,
    serviceLevel,
    field,
    oldValue,
    newValue,
  });
  const a = after.contract;
  if (before === null) {
    const count = a.serviceLevels.length;
    return [
      entry(
        '',
        'Contract',
        '',
        `created with ${count} service ${count === 1 ? 'level' : 'levels'}`,
      ),
      ...proposalChanges([], after, entry),
      ...scenarioChanges(
        [],
        after.scenarios ?? [],
        serviceLevelNames(after),
        entry,
        volumeTermNames(after),
      ),
    ];
  }
  return [
    ...adoption(before.contract, a, entry),
    ...contractChanges(before.contract, a, entry, (field) => field),
    ...proposalChanges(before.proposals ?? [], after, entry),
    ...scenarioChanges(
      before.scenarios ?? [],
      after.scenarios ?? [],
      serviceLevelNames(after, before),
      entry,
      volumeTermNames(after, before),
    ),
  ];
}

/**
 * An adoption first: the term changes that follow are what adopting the proposal changed. Only
 * the contract's own: proposals that follow it carry its record along, which is not news of theirs.
 */
function adoption(b: Contract, a: Contract, entry: Entry): ChangeLogEntry[] {
  const adopted = a.adoptedFrom;
  return adopted && adopted.time !== b.adoptedFrom?.time
    ? [entry('', 'Adopted proposal', b.adoptedFrom?.name ?? '', adopted.name)]
    : [];
}

/** Term by term and service level by service level; `label` names the field (a proposal prefixes its name). */
function contractChanges(
  b: Contract,
  a: Contract,
  entry: Entry,
  label: (field: string) => string,
): ChangeLogEntry[] {
  const out: ChangeLogEntry[] = [];
  for (const [field, show] of CONTRACT_FIELDS) {
    if (show(b) !== show(a)) out.push(entry('', label(field), show(b), show(a)));
  }
  for (const [field, was, is] of volumePricingChanges(b, a))
    out.push(entry('', label(field), was, is));

  const afterIds = new Set(a.serviceLevels.map((sl) => sl.id));
  const beforeById = new Map(b.serviceLevels.map((sl) => [sl.id, sl]));
  for (const old of b.serviceLevels)
    if (!afterIds.has(old.id)) out.push(entry(old.name, label('Service level'), '', 'removed'));
  for (const sl of a.serviceLevels) {
    const old = beforeById.get(sl.id);
    if (!old) {
      out.push(entry(sl.name, label('Service level'), '', 'added'));
      continue;
    }
    if (old.name !== sl.name) out.push(entry(sl.name, label('Name'), old.name, sl.name));
    for (const [field, show] of SERVICE_LEVEL_FIELDS) {
      if (show(old) !== show(sl)) out.push(entry(sl.name, label(field), show(old), show(sl)));
    }
  }

  const kept = (c: Contract, ids: Set<string>) => c.serviceLevels.filter((sl) => ids.has(sl.id));
  const beforeOrder = kept(b, afterIds);
  const afterOrder = kept(a, new Set(beforeById.keys()));
  if (beforeOrder.some((sl, i) => sl.id !== afterOrder[i].id)) {
    const names = (sls: readonly ServiceLevel[]) => sls.map((sl) => sl.name).join(', ');
    out.push(entry('', label('Service level order'), names(beforeOrder), names(afterOrder)));
  }
  return out;
}

/**
 * Proposals added (with the terms in which they differ from the contract: old = the contract's,
 * new = the proposal's), removed, renamed, and their terms changed since the last save.
 */
function proposalChanges(
  before: readonly Proposal[],
  after: OutcomeModel,
  entry: Entry,
): ChangeLogEntry[] {
  const out: ChangeLogEntry[] = [];
  const proposals = after.proposals ?? [];
  const afterIds = new Set(proposals.map((p) => p.id));
  for (const old of before)
    if (!afterIds.has(old.id)) out.push(entry('', `Proposal "${old.name}"`, '', 'removed'));
  for (const p of proposals) {
    const old = before.find((b) => b.id === p.id);
    if (!old) {
      out.push(entry('', `Proposal "${p.name}"`, '', 'added'));
      out.push(
        ...contractChanges(
          after.contract,
          p.contract,
          entry,
          (field) => `${p.name} vs contract: ${field}`,
        ),
      );
      continue;
    }
    if (old.name !== p.name) out.push(entry('', 'Proposal name', old.name, p.name));
    const follows = (x: Proposal) =>
      x.overrides === undefined ? 'frozen copy' : 'follows the contract';
    if (follows(old) !== follows(p))
      out.push(entry('', `${p.name}: terms`, follows(old), follows(p)));
    out.push(...contractChanges(old.contract, p.contract, entry, (field) => `${p.name}: ${field}`));
  }
  return out;
}

/** Names of every service level the model knows, for assumptions keyed by id. */
function serviceLevelNames(...models: OutcomeModel[]): (id: string) => string {
  const names = new Map<string, string>();
  for (const m of [...models].reverse()) {
    for (const c of [m.contract, ...(m.proposals ?? []).map((p) => p.contract)])
      for (const sl of c.serviceLevels) names.set(sl.id, sl.name);
  }
  return (id) => names.get(id) ?? id;
}

/** Appends entries to the OM_ChangeLog table, creating its sheet and table on first use. */
export async function appendChangeLog(
  host: WorkbookHost,
  entries: readonly ChangeLogEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map((e) =>
    [e.time, e.serviceLevel, e.field, e.oldValue, e.newValue].map(textCell),
  );
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
