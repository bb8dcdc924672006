import { validateBadMonth } from './badMonth';
import { checkCorrelations } from './levelCorrelation';
import { type PathDependence } from './pathDependence';
import { type PathRow } from './performancePath';
import { type PerformanceAssumption, validateAssumption } from './performanceAssumption';
import { ownEntry } from '../terms/ownEntry';
import { fail, ok, type Result } from '../rules/result';
import { actualCostLevel } from './scenario';
import { type SimulationConfig } from './simulationSetup';

/**
 * A scenario's path rows — every service level of every proposal, the actual cost — and the
 * dependence between them (correlation, bad month), checked against the service levels.
 */

/** Stream key of the gain-share cost draws (service-level rows use their ids). */
const ACTUAL_COST_KEY = '\u0000scenario.actualCostAnnual';

/** Path rows: every service level of every proposal, by id, in order of first appearance. */
export function pathRows(config: SimulationConfig): Result<PathRow[]> {
  const rows: PathRow[] = [];
  const index = new Map<string, number>();
  const { scenario } = config;
  for (const proposal of config.proposals) {
    for (const sl of proposal.contract.serviceLevels) {
      const assumption = ownEntry<PerformanceAssumption>(scenario.assumptions, sl.id);
      if (assumption === undefined) {
        if (sl.critical)
          return fail(
            'value',
            `Scenario "${scenario.name}" has no performance assumption for critical service level "${sl.name}" (${proposal.name})`,
          );
        if (!index.has(sl.id))
          index.set(
            sl.id,
            rows.push({
              key: sl.id,
              assumption: null,
              range: { lower: -Infinity, upper: Infinity },
              direction: sl.direction,
            }) - 1,
          );
        continue;
      }
      const checked = validateAssumption(assumption, {
        ...sl,
        name: `${proposal.name}, ${sl.name}`,
      });
      if (!checked.ok) return checked;
      if (!index.has(sl.id))
        index.set(
          sl.id,
          rows.push({ key: sl.id, assumption, range: checked.value, direction: sl.direction }) - 1,
        );
    }
  }
  return ok(rows);
}

export function costRowsOf(config: SimulationConfig): Result<PathRow[]> {
  const cost = config.scenario.actualCostAnnual;
  if (cost === undefined || !config.proposals.some((p) => p.contract.gainShare !== undefined))
    return ok([]);
  const costLevel = actualCostLevel(
    config.proposals.find((p) => p.contract.gainShare)?.contract.gainShare?.targetCostAnnual ?? 1,
    config.scenario.name,
  );
  const checked = validateAssumption(cost, costLevel);
  if (!checked.ok) return checked;
  return ok([{ key: ACTUAL_COST_KEY, assumption: cost, range: checked.value }]);
}

/**
 * The scenario's correlations and bad month over the path rows. A pair or a drop naming a service
 * level that no contract of the run has is left out, as an assumption for it is: the pane keeps
 * pairs for every service level of the contract and its proposals, and a run may take only some
 * of them (a term-by-term comparison, a goal seek). The messages name the scenario.
 */
export function scenarioDependence(
  config: SimulationConfig,
  rows: readonly PathRow[],
): Result<PathDependence> {
  const { scenario } = config;
  const names = new Map(
    config.proposals.flatMap((p) => p.contract.serviceLevels.map((sl) => [sl.id, sl.name])),
  );
  const inRun = (id: string) => names.has(id);
  const levels = rows.map((row) => ({ id: row.key, name: names.get(row.key) ?? row.key }));
  const inScenario = (message: string) => fail('value', `Scenario "${scenario.name}": ${message}`);
  let correlation = null;
  const pairs = (scenario.correlations ?? []).filter((p) => inRun(p.first) && inRun(p.second));
  if (pairs.length > 0) {
    const checked = checkCorrelations(pairs, levels);
    if (!checked.ok) return inScenario(checked.error.message);
    correlation = checked.value;
  }
  let badMonth = scenario.badMonth ?? null;
  if (badMonth !== null) {
    const drops = Object.fromEntries(Object.entries(badMonth.drops).filter(([id]) => inRun(id)));
    badMonth = { probability: badMonth.probability, drops };
    const checked = validateBadMonth(badMonth, levels);
    if (!checked.ok) return inScenario(checked.error.message);
  }
  return ok({ correlation, badMonth });
}
