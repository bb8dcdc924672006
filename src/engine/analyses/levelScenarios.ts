import { type Contract, type ServiceLevel } from '../terms/contract';
import { type PerformanceAssumption } from '../simulation/performanceAssumption';
import { type Scenario } from '../simulation/scenario';

/**
 * Deterministic performance for comparing terms: every service level at one level for the whole
 * term. A constant scenario has no randomness, so one trial is exact. The levels are the base
 * contract's, so a changed expected level is measured against the performance the base contract
 * asked for; a service level only the other side has keeps that side's own level.
 */

export type LevelMeasure = 'expected' | 'minimum';

export const EXPECTED_LEVEL_SCENARIO_ID = 'term-differences:expected';
export const MINIMUM_LEVEL_SCENARIO_ID = 'term-differences:minimum';

/** The level a measure holds a service level at: its minimum, or its expected level when it has none. */
export function measuredLevel(sl: ServiceLevel, measure: LevelMeasure): number {
  return measure === 'minimum' && sl.minimum !== null ? sl.minimum : sl.expected;
}

// Unbounded: the level is a term of the contract itself, never a mistyped assumption to reject.
const constantAt = (level: number): PerformanceAssumption => ({
  kind: 'constant',
  level,
  bounds: { lower: null, upper: null },
});

/** Every service level of `base`, then those only `other` has, constantly at the measure's level. */
export function levelScenario(base: Contract, other: Contract, measure: LevelMeasure): Scenario {
  const assumptions: Record<string, PerformanceAssumption> = Object.create(null);
  for (const sl of [...other.serviceLevels, ...base.serviceLevels])
    assumptions[sl.id] = constantAt(measuredLevel(sl, measure));
  return {
    id: measure === 'expected' ? EXPECTED_LEVEL_SCENARIO_ID : MINIMUM_LEVEL_SCENARIO_ID,
    name: measure === 'expected' ? 'At expected level' : 'At minimum level',
    assumptions,
  };
}
