import { parseBands } from '../rules/bands';
import { type Contract, type ServiceLevel } from './contract';
import {
  bandRowsOverLimit,
  MAX_SERVICE_LEVELS,
  serviceLevelsOverLimit,
  termOverLimit,
} from './limits';
import { isScaleMix } from '../rules/scale';
import { isBetter } from '../rules/tolerance';
import { parsePeriod } from '../review/servicePeriod';
import { gainShareIssues } from './compiledGainShare';
import { costBaseIssues } from './costBase';
import { volumePricingIssues } from './compiledVolumePricing';

/** A problem with a contract, located where the user can fix it. */
export interface ContractIssue {
  /** The service level concerned, or null for contract-wide terms. */
  readonly serviceLevelId: string | null;
  /** The field concerned, e.g. "expected", "allocation", "bands", "name". */
  readonly field: string;
  readonly message: string;
}

const isNumber = (x: number | null): x is number => typeof x === 'number' && Number.isFinite(x);

function serviceLevelIssues(sl: ServiceLevel, nameCounts: Map<string, number>): ContractIssue[] {
  const issues: ContractIssue[] = [];
  const add = (field: string, message: string) =>
    issues.push({ serviceLevelId: sl.id, field, message });
  const name = sl.name.trim();
  if (name === '') add('name', 'Name is empty');
  else if ((nameCounts.get(name.toLowerCase()) ?? 0) > 1) add('name', `Duplicate name "${name}"`);
  if (!isNumber(sl.expected)) add('expected', 'Expected level must be a number');
  if (sl.minimum !== null && !isNumber(sl.minimum))
    add('minimum', 'Minimum level must be a number');
  if (
    isNumber(sl.expected) &&
    isNumber(sl.minimum) &&
    isBetter(sl.minimum, sl.expected, sl.direction)
  ) {
    add('minimum', `Expected level ${sl.expected} is worse than the minimum ${sl.minimum}`);
  }
  if (isNumber(sl.expected) && isNumber(sl.minimum) && isScaleMix(sl.expected, sl.minimum)) {
    add(
      'minimum',
      `Expected level ${sl.expected} and minimum ${sl.minimum} mix a percentage with a fraction`,
    );
  }
  if (sl.expected === 0 && sl.direction === 'higher')
    add('expected', 'Expected level must not be 0 (attainment divides by it)');
  if (!isNumber(sl.allocation) || sl.allocation < 0)
    add('allocation', 'Allocation must be a number ≥ 0%');
  // An oversized table (usually a paste gone wrong) is reported alone, without checking its rows.
  const tooMany = bandRowsOverLimit('Bands', sl.bands.rows.length);
  if (tooMany) {
    add('bands', tooMany);
    return issues;
  }
  const bands = parseBands(sl.bands.rows, 'Bands');
  if (!bands.ok) add('bands', bands.error.message);
  // Performance bands are compared with measured values on the expected level's scale: a table whose
  // every bound in the percentage range (0 < |bound| ≤ 100; 0 and far-off "−∞" stand-ins aside) is on
  // the other scale (0.995 against 99.5) would silently pay the wrong band every month.
  const scaledBounds = sl.bands.rows
    .map((row) => row.bound)
    .filter((b) => b !== 0 && Math.abs(b) <= 100);
  if (
    sl.bands.basis === 'performance' &&
    isNumber(sl.expected) &&
    scaledBounds.length > 0 &&
    scaledBounds.every((b) => isScaleMix(b, sl.expected))
  ) {
    add(
      'bands',
      `Band bounds and the expected level ${sl.expected} mix a percentage with a fraction`,
    );
  }
  for (const row of sl.bands.rows) {
    if (Number.isFinite(row.rate) && (row.rate < -1 || row.rate > 1)) {
      add('bands', `Rate ${Number((row.rate * 100).toPrecision(12))}% is outside −100%…+100%`);
      break;
    }
  }
  return issues;
}

/** Every problem in a contract; an empty list means it can be evaluated. */
export function contractIssues(contract: Contract): ContractIssue[] {
  const issues: ContractIssue[] = [];
  const add = (field: string, message: string) =>
    issues.push({ serviceLevelId: null, field, message });
  if (contract.name.trim() === '') add('name', 'Contract name is empty');
  if (!isNumber(contract.monthlyCharges) || contract.monthlyCharges < 0)
    add('monthlyCharges', 'Monthly charges must be a number ≥ 0');
  if (!isNumber(contract.atRiskShare) || contract.atRiskShare < 0 || contract.atRiskShare > 1) {
    add('atRiskShare', 'At-risk % must be between 0% and 100%');
  }
  if (!isNumber(contract.poolShare) || contract.poolShare < 0)
    add('poolShare', 'Pool % must be a number ≥ 0%');
  for (const [field, value] of [
    ['incentiveCapMonthlyShare', contract.incentiveCapMonthlyShare],
    ['incentiveCapAnnualShare', contract.incentiveCapAnnualShare],
  ] as const) {
    if (value !== null && (!isNumber(value) || value < 0))
      add(field, 'Incentive cap must be a number ≥ 0%, or empty for none');
  }
  if (contract.startPeriod !== undefined && parsePeriod(contract.startPeriod) === null)
    add('startPeriod', 'Enter the first month as YYYY-MM, e.g. 2026-01');
  if (!Number.isInteger(contract.termMonths) || contract.termMonths < 1)
    add('termMonths', 'Term must be a whole number of months ≥ 1');
  else if (termOverLimit(contract.termMonths))
    add('termMonths', termOverLimit(contract.termMonths) as string);
  if (
    (contract.earnback.mode === 'all' || contract.earnback.mode === 'prorata') &&
    !(Number.isInteger(contract.earnback.window) && contract.earnback.window >= 1)
  ) {
    add('earnbackWindow', 'Earnback window must be a whole number of months ≥ 1');
  }
  const gap = contract.ratchet.maxGapShare;
  if (gap !== null && (!isNumber(gap) || gap < 0 || gap > 1))
    add('ratchetMaxGapShare', 'Ratchet cap must be between 0% and 100%');
  const shareBandsOver =
    contract.gainShare &&
    bandRowsOverLimit('Gain-share bands', contract.gainShare.shareBands.length);
  if (shareBandsOver) add('gainShare', shareBandsOver);
  // Field names "gainShare.<term>" so each message shows beside its input; the prefix says whose term
  // it is where the message appears alone (a run blocked by a proposal's terms).
  else if (contract.gainShare)
    for (const issue of gainShareIssues(contract.gainShare))
      add(`gainShare.${issue.field}`, `Gain share: ${issue.message}`);
  for (const issue of contract.costBase ? costBaseIssues(contract.costBase) : [])
    add(`costBase.${issue.field}`, issue.message);
  // "volumePricing.<id>.<field>" beside the term's input; "volumePricing" for the list as a whole.
  for (const issue of volumePricingIssues(contract.volumePricing ?? []))
    add(
      issue.termId === null ? 'volumePricing' : `volumePricing.${issue.termId}.${issue.field}`,
      issue.message,
    );

  const nameCounts = new Map<string, number>();
  for (const sl of contract.serviceLevels) {
    const key = sl.name.trim().toLowerCase();
    nameCounts.set(key, (nameCounts.get(key) ?? 0) + 1);
  }
  for (const sl of contract.serviceLevels) issues.push(...serviceLevelIssues(sl, nameCounts));
  // Located at the first level over the limit, so the pane shows it beside that level's name.
  const tooManyLevels = serviceLevelsOverLimit(contract.serviceLevels.length);
  if (tooManyLevels) {
    issues.push({
      serviceLevelId: contract.serviceLevels[MAX_SERVICE_LEVELS].id,
      field: 'name',
      message: `${tooManyLevels}: remove this one (number ${MAX_SERVICE_LEVELS + 1}) and those after it`,
    });
  }

  const allocated = contract.serviceLevels
    .filter((sl) => sl.critical)
    .reduce((sum, sl) => sum + (sl.allocation || 0), 0);
  if (isNumber(contract.poolShare) && allocated > contract.poolShare + 1e-9) {
    add(
      'poolShare',
      `Allocations total ${round1(allocated * 100)}%, over the pool of ${round1(contract.poolShare * 100)}%`,
    );
  }
  return issues;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
