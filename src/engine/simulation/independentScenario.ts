import { type Scenario } from './scenario';

/**
 * A scenario's dependence between service levels — correlations, the bad month — and the same
 * scenario without it: the comparison "with and without correlation" runs both on the same seed,
 * so each service level's own draws are the same in both and the difference is the dependence's.
 */

export const hasDependence = (scenario: Scenario): boolean =>
  (scenario.correlations ?? []).some((pair) => pair.rho !== 0) ||
  (scenario.badMonth !== undefined &&
    scenario.badMonth.probability > 0 &&
    Object.values(scenario.badMonth.drops).some((drop) => drop > 0));

/** The scenario with its service levels independent and no bad month. */
export function withoutDependence(scenario: Scenario, id = scenario.id): Scenario {
  const independent: { -readonly [K in keyof Scenario]: Scenario[K] } = { ...scenario, id };
  delete independent.correlations;
  delete independent.badMonth;
  return independent;
}
