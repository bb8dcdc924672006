import { badMonthDrop } from '../engine/simulation/badMonth';
import { type LevelCorrelation, pairKey } from '../engine/simulation/levelCorrelation';
import { type Scenario } from '../engine/simulation/scenario';
import { numberText, percentText } from './changeLogText';
import type { ChangeLogEntry } from './workbookOperations';

type Entry = (
  serviceLevel: string,
  field: string,
  oldValue: string,
  newValue: string,
) => ChangeLogEntry;

/** A pair's key whatever the order of its two service levels. */

const byPair = (pairs: readonly LevelCorrelation[] | undefined) =>
  new Map((pairs ?? []).map((p) => [pairKey(p), p]));

/**
 * How a scenario's service levels move together, changed: each correlation pair (a pair not listed
 * is 0), the bad month's chance ("off" when there is none) and each service level's drop in it (0
 * when not listed). `old` is undefined for a scenario just added.
 */
export function scenarioRiskChanges(
  old: Scenario | undefined,
  scenario: Scenario,
  serviceLevelName: (id: string) => string,
  entry: Entry,
): ChangeLogEntry[] {
  const out: ChangeLogEntry[] = [];
  const of = `Scenario "${scenario.name}"`;
  const [before, after] = [byPair(old?.correlations), byPair(scenario.correlations)];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const pair = after.get(key) ?? before.get(key);
    const [b, a] = [before.get(key)?.rho ?? 0, after.get(key)?.rho ?? 0];
    if (pair && b !== a) {
      const names = `${serviceLevelName(pair.first)}–${serviceLevelName(pair.second)}`;
      out.push(entry('', `${of}: correlation ${names}`, numberText(b), numberText(a)));
    }
  }
  const chance = (s: Scenario | undefined) =>
    s?.badMonth ? percentText(s.badMonth.probability).replace('%', ' %') : 'off';
  if (chance(old) !== chance(scenario))
    out.push(entry('', `${of}: bad month`, chance(old), chance(scenario)));
  const dropIds = new Set([
    ...Object.keys(old?.badMonth?.drops ?? {}),
    ...Object.keys(scenario.badMonth?.drops ?? {}),
  ]);
  for (const id of dropIds) {
    const [b, a] = [badMonthDrop(old?.badMonth, id), badMonthDrop(scenario.badMonth, id)];
    if (b !== a)
      out.push(
        entry(serviceLevelName(id), `${of}: drop in a bad month`, numberText(b), numberText(a)),
      );
  }
  return out;
}
