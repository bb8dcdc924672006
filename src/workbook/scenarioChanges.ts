import { ownEntry } from '../engine/terms/ownEntry';
import { type PerformanceAssumption } from '../engine/simulation/performanceAssumption';
import { type Scenario } from '../engine/simulation/scenario';
import { assumptionText } from './assumptionText';
import { scenarioRiskChanges } from './scenarioRiskChanges';
import type { ChangeLogEntry } from './workbookOperations';

type Entry = (
  serviceLevel: string,
  field: string,
  oldValue: string,
  newValue: string,
) => ChangeLogEntry;

/**
 * Scenarios added (with what they assume), removed, renamed, and their assumptions changed, one
 * entry per service level, then their correlations and bad month: the audit trail says what
 * performance each comparison was made under.
 */
export function scenarioChanges(
  before: readonly Scenario[],
  after: readonly Scenario[],
  serviceLevelName: (id: string) => string,
  entry: Entry,
  volumeTermName: (id: string) => string = (id) => id,
): ChangeLogEntry[] {
  const out: ChangeLogEntry[] = [];
  const afterIds = new Set(after.map((s) => s.id));
  for (const old of before)
    if (!afterIds.has(old.id)) out.push(entry('', `Scenario "${old.name}"`, '', 'removed'));
  for (const scenario of after) {
    const old = before.find((b) => b.id === scenario.id);
    if (!old) out.push(entry('', `Scenario "${scenario.name}"`, '', 'added'));
    else if (old.name !== scenario.name)
      out.push(entry('', 'Scenario name', old.name, scenario.name));
    const field = `Scenario "${scenario.name}": assumption`;
    const ids = [
      ...new Set([...Object.keys(old?.assumptions ?? {}), ...Object.keys(scenario.assumptions)]),
    ];
    for (const id of ids) {
      const changed = changedText(
        ownEntry(old?.assumptions, id),
        ownEntry(scenario.assumptions, id),
      );
      if (changed) out.push(entry(serviceLevelName(id), field, ...changed));
    }
    const cost = changedText(old?.actualCostAnnual, scenario.actualCostAnnual);
    if (cost) out.push(entry('', `Scenario "${scenario.name}": actual cost per year`, ...cost));
    const volumeIds = [
      ...new Set([...Object.keys(old?.volumes ?? {}), ...Object.keys(scenario.volumes ?? {})]),
    ];
    for (const id of volumeIds) {
      const units = changedText(ownEntry(old?.volumes, id), ownEntry(scenario.volumes, id));
      const what = `Scenario "${scenario.name}": units a month of ${volumeTermName(id)}`;
      if (units) out.push(entry('', what, ...units));
    }
    out.push(...scenarioRiskChanges(old, scenario, serviceLevelName, entry));
  }
  return out;
}

/** Old and new text when they differ ("" for an assumption that is not there). */
function changedText(
  before: PerformanceAssumption | undefined,
  after: PerformanceAssumption | undefined,
): [string, string] | null {
  const [b, a] = [
    before === undefined ? '' : assumptionText(before),
    after === undefined ? '' : assumptionText(after),
  ];
  return b === a ? null : [b, a];
}
