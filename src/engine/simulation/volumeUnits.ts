import { fail, ok, type Result } from '../rules/result';
import {
  compileVolumePricing,
  type CompiledVolumeTerm,
  volumeChargeOver,
} from '../terms/compiledVolumePricing';
import { type ServiceLevel } from '../terms/contract';
import { ownEntry } from '../terms/ownEntry';
import { type Proposal } from '../terms/proposal';
import { type PerformanceAssumption, validateAssumption } from './performanceAssumption';
import { type PathRow } from './performancePath';
import { type Scenario } from './scenario';

/**
 * The simulated units of each volume-priced outcome, and what each proposal charges for them.
 * Units are paths of their own (one row per volume term id, month by month), drawn from streams
 * keyed by the term's id: a proposal with the same volume terms sees the same units (common
 * random numbers), and service-level and cost paths are drawn exactly as they were without them.
 */

/** Stream key of a volume term's units; the NUL prefix keeps it apart from every service-level id. */
export const volumeStreamKey = (termId: string) => `\u0000scenario.volumes.${termId}`;

/**
 * Units are checked as a level with no direction sense: a count, never negative, no upper bound.
 * Expected 0 leaves the percentage-or-fraction check out: units have no such scale.
 */
export function volumeLevel(
  termName: string,
  scenarioName: string,
): Pick<ServiceLevel, 'unit' | 'direction' | 'expected' | 'name'> {
  return {
    unit: 'units',
    direction: 'lower',
    expected: 0,
    name: `Scenario "${scenarioName}", units of ${termName}`,
  };
}

/** A scenario's units assumption checked for one volume term: its valid range, or what to fix. */
export function checkVolumeAssumption(
  assumption: PerformanceAssumption,
  termName: string,
  scenarioName: string,
): Result<{ lower: number; upper: number }> {
  const level = volumeLevel(termName, scenarioName);
  const checked = validateAssumption(assumption, level);
  if (!checked.ok) return checked;
  if (checked.value.lower < 0)
    return fail('value', `${level.name}: units cannot be negative: the lower bound must be ≥ 0`);
  return checked;
}

/**
 * Path rows: every volume term of every proposal, by id, in order of first appearance; a term the
 * scenario assumes nothing for has no row values (NaN: zero units, charged nothing).
 */
export function volumeRows(proposals: readonly Proposal[], scenario: Scenario): Result<PathRow[]> {
  const rows: PathRow[] = [];
  const seen = new Set<string>();
  for (const proposal of proposals) {
    for (const term of proposal.contract.volumePricing ?? []) {
      if (seen.has(term.id)) continue;
      seen.add(term.id);
      const key = volumeStreamKey(term.id);
      const assumption = ownEntry(scenario.volumes, term.id);
      if (assumption === undefined) {
        rows.push({ key, assumption: null, range: { lower: 0, upper: Infinity } });
        continue;
      }
      const checked = checkVolumeAssumption(assumption, term.name, scenario.name);
      if (!checked.ok) return checked;
      rows.push({ key, assumption, range: checked.value });
    }
  }
  return ok(rows);
}

/** A proposal's volume terms and the unit-path row each one reads. */
export interface ProposalVolumes {
  readonly terms: readonly CompiledVolumeTerm[];
  readonly rowOf: Int32Array;
}

/** Null when the proposal has no volume terms (its results carry no volume charges). */
export function proposalVolumes(
  proposal: Proposal,
  rows: readonly PathRow[],
): Result<ProposalVolumes | null> {
  const compiled = compileVolumePricing(proposal.contract);
  if (!compiled.ok) return compiled;
  if (compiled.value.length === 0) return ok(null);
  const rowIndex = new Map(rows.map((row, r) => [row.key, r]));
  return ok({
    terms: compiled.value,
    rowOf: Int32Array.from(compiled.value, (t) => rowIndex.get(volumeStreamKey(t.id)) as number),
  });
}

/** The proposal's volume charges over its `months` from a unit path of `pathMonths` per row. */
export function volumeCharges(
  volumes: ProposalVolumes,
  units: Float64Array,
  pathMonths: number,
  months: number,
): number {
  let total = 0;
  for (let k = 0; k < volumes.terms.length; k++)
    total += volumeChargeOver(volumes.terms[k], units, volumes.rowOf[k] * pathMonths, months);
  return total;
}
