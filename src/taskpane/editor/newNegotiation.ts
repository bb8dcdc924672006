import { type Contract } from '../../engine/terms/contract';
import { type PerformanceAssumption } from '../../engine/simulation/performanceAssumption';
import { type Proposal } from '../../engine/terms/proposal';
import { type Scenario } from '../../engine/simulation/scenario';

/** "<prefix> N" with the smallest N ≥ count + 1 that no existing item uses (case-insensitive). */
export function uniqueName(prefix: string, existing: readonly { readonly name: string }[]): string {
  const taken = new Set(existing.map((item) => item.name.trim().toLowerCase()));
  let n = existing.length + 1;
  while (taken.has(`${prefix} ${n}`.toLowerCase())) n++;
  return `${prefix} ${n}`;
}

/** `name` itself when no existing item has it (case-insensitive), else "name (2)", "name (3)"… */
export function distinctName(name: string, existing: readonly { readonly name: string }[]): string {
  const taken = new Set(existing.map((item) => item.name.trim().toLowerCase()));
  const base = name.trim();
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base} (${n})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** A scenario to start from: every service level exactly at its expected level, month after month. */
export function newScenario(id: string, name: string, contract: Contract): Scenario {
  // From entries: assigning record["__proto__"] would set the prototype, not an assumption.
  const assumptions: Record<string, PerformanceAssumption> = Object.fromEntries(
    contract.serviceLevels.map((sl) => [sl.id, { kind: 'constant', level: sl.expected }]),
  );
  return { id, name, assumptions };
}

/**
 * A proposal starts as the contract as it stands, following it: the terms the user then changes are
 * its own, every other term keeps following the contract.
 */
export function newProposal(id: string, name: string, contract: Contract): Proposal {
  return { id, name, contract, overrides: [] };
}
