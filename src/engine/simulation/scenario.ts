import { type ServiceLevel } from '../terms/contract';
import { type BadMonth } from './badMonth';
import { type LevelCorrelation } from './levelCorrelation';
import { type PerformanceAssumption } from './performanceAssumption';

/**
 * A performance scenario: what each service level is assumed to deliver, keyed by service-level id
 * ("base case", "bad first year", "historical"). Service levels without an assumption are not
 * measured; a critical one without an assumption is an error when a simulation runs.
 */
export interface Scenario {
  readonly id: string;
  readonly name: string;
  readonly assumptions: Readonly<Record<string, PerformanceAssumption>>;
  /**
   * The provider's actual cost per contract year, compared with a gain-share target cost; one draw
   * per contract year (an AR(1) normal correlates the years). Omitted: costs are on target.
   */
  readonly actualCostAnnual?: PerformanceAssumption;
  /**
   * Units per month of each volume-priced outcome, keyed by the volume term's id; a volume term
   * without one is assumed at zero units.
   */
  readonly volumes?: Readonly<Record<string, PerformanceAssumption>>;
  /**
   * Rank correlations between how well service levels do in the same month (positive: they miss
   * together), as pairs; a pair not listed is 0. Omitted or empty: service levels are independent.
   */
  readonly correlations?: readonly LevelCorrelation[];
  /** A common shock: in a "bad month" every listed service level falls by its drop. */
  readonly badMonth?: BadMonth;
}

/**
 * The actual cost is checked (and drawn within its range) as a level in money where lower is
 * better, expected at the gain-share target: never negative, no upper bound.
 */
export function actualCostLevel(
  targetCostAnnual: number,
  scenarioName: string,
): Pick<ServiceLevel, 'unit' | 'direction' | 'expected' | 'name'> {
  return {
    unit: 'currency',
    direction: 'lower',
    expected: targetCostAnnual,
    name: `Scenario "${scenarioName}", actual cost`,
  };
}
