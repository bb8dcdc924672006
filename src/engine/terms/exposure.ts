import { bandRate, parseBands, type BandTable } from '../rules/bands';
import {
  atRiskAmount,
  type Contract,
  MONTHS_PER_YEAR,
  monthlyIncentiveCap,
  annualIncentiveCap,
  type ServiceLevel,
} from './contract';
import { type Direction } from '../rules/direction';
import { bandInput, creditPart, incentivePart, payoutBeforeCaps } from '../rules/moneyRules';

/**
 * The money behind the percentages, per service level: what one failure costs, the worst month
 * and year, and the best-case incentives. Chains of percentages hide these figures.
 */
export interface ServiceLevelExposure {
  readonly serviceLevelId: string;
  /**
   * Credit for one failed month: performance at the minimum level, or just short of the expected
   * level when there is no minimum (with linear bands a hair's miss costs next to nothing).
   */
  readonly oneFailure: number;
  /** Credit in the worst month for this SL alone (worst band), capped at the at-risk amount. */
  readonly worstMonth: number;
  /** Twelve worst months, before any earnback. */
  readonly worstYear: number;
  /** Best band's incentive per month, capped at the monthly incentive cap. */
  readonly bestMonthIncentive: number;
  /** Twelve best months, capped at the annual incentive cap. */
  readonly bestYearIncentive: number;
}

export interface ContractExposure {
  readonly atRiskAmount: number;
  readonly serviceLevels: readonly ServiceLevelExposure[];
  /** All critical SLs at their worst in one month: the at-risk cap when the pool exceeds it. */
  readonly worstMonth: number;
  readonly worstYear: number;
  readonly bestMonthIncentive: number;
  readonly bestYearIncentive: number;
  /** Whether several failures in one month can reach the at-risk cap. */
  readonly capReachable: boolean;
}

/** How far short of its level "one failure" is measured when there is no minimum: relative, and at least this. */
const JUST_SHORT = 1e-6;

/** A value just worse than `level`: one part in a million of the level, at least 1e-6. */
function justShort(level: number, direction: Direction): number {
  const step = Math.max(Math.abs(level) * JUST_SHORT, JUST_SHORT);
  return direction === 'higher' ? level - step : level + step;
}

/** Where "one failure" is measured: at the minimum, or just short of the expected level. */
export function failedAt(sl: ServiceLevel): number {
  return sl.minimum ?? justShort(sl.expected, sl.direction);
}

/**
 * failedAt as an Excel formula over the level's cells (a blank minimum means none), for sheets that
 * show the exposure's steps; test/engine/terms/exposureFormulas.test.ts evaluates it against the rule.
 */
export function failedAtFormula(expected: string, minimum: string, direction: string): string {
  const step = `IF(ABS(${expected})*${JUST_SHORT}>${JUST_SHORT},ABS(${expected})*${JUST_SHORT},${JUST_SHORT})`;
  return `IF(ISNUMBER(${minimum}),${minimum},IF(${direction}="higher",${expected}-${step},${expected}+${step}))`;
}

export function rateAt(sl: ServiceLevel, table: BandTable, value: number): number {
  const x = bandInput(
    value,
    sl.expected,
    sl.direction === 'higher',
    sl.bands.basis === 'attainment',
  );
  return bandRate(table, x, sl.bands.method);
}

export function contractExposure(contract: Contract): ContractExposure {
  const atRisk = atRiskAmount(contract);
  const capMonth = monthlyIncentiveCap(contract);
  const capYear = annualIncentiveCap(contract);
  const serviceLevels: ServiceLevelExposure[] = [];
  let poolWorst = 0;
  let poolBest = 0;
  for (const sl of contract.serviceLevels) {
    const parsed = parseBands(sl.bands.rows);
    if (!sl.critical || !parsed.ok) {
      serviceLevels.push({
        serviceLevelId: sl.id,
        oneFailure: 0,
        worstMonth: 0,
        worstYear: 0,
        bestMonthIncentive: 0,
        bestYearIncentive: 0,
      });
      continue;
    }
    const money = sl.allocation * atRisk;
    const rates = Array.from(parsed.value.rates);
    const oneFailure = creditPart(payoutBeforeCaps(rateAt(sl, parsed.value, failedAt(sl)), money));
    const worstRaw = creditPart(payoutBeforeCaps(Math.min(...rates), money));
    const bestRaw = incentivePart(payoutBeforeCaps(Math.max(...rates), money));
    const worstMonth = Math.min(worstRaw, atRisk);
    const bestMonthIncentive = Math.min(bestRaw, capMonth);
    poolWorst += worstRaw;
    poolBest += bestRaw;
    serviceLevels.push({
      serviceLevelId: sl.id,
      oneFailure: Math.min(oneFailure, atRisk),
      worstMonth,
      worstYear: worstMonth * MONTHS_PER_YEAR,
      bestMonthIncentive,
      bestYearIncentive: Math.min(bestMonthIncentive * MONTHS_PER_YEAR, capYear),
    });
  }
  const worstMonth = Math.min(poolWorst, atRisk);
  const bestMonthIncentive = Math.min(poolBest, capMonth);
  return {
    atRiskAmount: atRisk,
    serviceLevels,
    worstMonth,
    worstYear: worstMonth * MONTHS_PER_YEAR,
    bestMonthIncentive,
    bestYearIncentive: Math.min(bestMonthIncentive * MONTHS_PER_YEAR, capYear),
    capReachable: poolWorst >= atRisk && atRisk > 0,
  };
}
