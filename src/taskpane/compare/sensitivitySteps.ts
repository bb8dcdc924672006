import { ownEntry } from '../../engine/terms/ownEntry';
import { type Contract, type ServiceLevel } from '../../engine/terms/contract';
import { type PerformanceAssumption } from '../../engine/simulation/performanceAssumption';
import { type Scenario } from '../../engine/simulation/scenario';

/**
 * The step of the sensitivity tornado per service level: one standard deviation of the assumed
 * performance. A normal's sd is the engine's own default, so it is left to the engine; a series,
 * history or triangle has its spread computed here; a constant level (no spread) moves by the gap
 * between the expected and the minimum level — the contract's own measure of a serious miss — or
 * 1% of the expected level when there is no minimum.
 */

function sd(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const mean = values.reduce((s, x) => s + x, 0) / values.length;
  return Math.sqrt(values.reduce((s, x) => s + (x - mean) ** 2, 0) / values.length);
}

function spread(a: PerformanceAssumption): number {
  switch (a.kind) {
    case 'normal':
      return a.sd;
    case 'constant':
      return 0;
    case 'series':
      return sd(a.values.filter((v): v is number => v !== null));
    case 'resample':
      return sd(a.history);
    case 'triangular': {
      const { min, mode, max } = a;
      return Math.sqrt(
        Math.max(
          0,
          (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18,
        ),
      );
    }
  }
}

function fallbackStep(sl: ServiceLevel): number {
  const gap = sl.minimum === null ? 0 : Math.abs(sl.expected - sl.minimum);
  if (gap > 0) return gap;
  return Math.abs(sl.expected) > 0 ? Math.abs(sl.expected) * 0.01 : 1;
}

/** Steps for the critical levels the scenario assumes something about, except normals (the engine steps them by their sd). */
export function sensitivitySteps(contract: Contract, scenario: Scenario): Record<string, number> {
  // Keyed by ids from user data: built from entries, read as own entries ("constructor" is no step).
  const steps: [string, number][] = [];
  for (const sl of contract.serviceLevels) {
    const a = ownEntry(scenario.assumptions, sl.id);
    if (!sl.critical || a === undefined || (a.kind === 'normal' && a.sd > 0)) continue;
    const s = spread(a);
    steps.push([sl.id, s > 0 ? s : fallbackStep(sl)]);
  }
  return Object.fromEntries(steps);
}
