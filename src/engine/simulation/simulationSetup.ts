import { compileContract, type CompiledContract } from '../terms/compiledContract';
import {
  type CompiledGainShare,
  compileGainShare,
  contractYears,
  termGainShare,
} from '../terms/compiledGainShare';
import { centralValue, type PerformanceAssumption } from './performanceAssumption';
import {
  countText,
  MAX_PROPOSALS,
  MAX_TRIALS,
  serviceLevelsOverLimit,
  termOverLimit,
} from '../terms/limits';
import { fillFixedRows, type PathPlan, type PathRow, planPaths } from './performancePath';
import { type Proposal } from '../terms/proposal';
import { fail, ok, type Result } from '../rules/result';
import { type Scenario } from './scenario';
import { costRowsOf, pathRows, scenarioDependence } from './scenarioRows';
import { type TallyCentre } from './proposalTally';
import { createWorkspace, evaluateTerm, type TermWorkspace } from '../terms/termEvaluator';
import { proposalVolumes, type ProposalVolumes, volumeCharges, volumeRows } from './volumeUnits';

/**
 * What a simulation is asked to do (plain data: it crosses to a Web Worker or worker thread as is),
 * and its preparation: contracts compiled, assumptions validated and planned, buffers allocated.
 */
export interface SimulationConfig {
  /** Contracts to compare; the first is the baseline of the differences. */
  readonly proposals: readonly Proposal[];
  readonly scenario: Scenario;
  /** Default DEFAULT_TRIALS; at most MAX_TRIALS. */
  readonly trials?: number;
  /** Whole number in [0, 2^53); the same seed gives the same results. Default DEFAULT_SEED. */
  readonly seed?: number;
  /** Trials between progress reports and cancellation checks. Default 1,000. */
  readonly progressEvery?: number;
}

export const DEFAULT_TRIALS = 10_000;
/** Defined with the other size limits; exported here too, where a run's size is set. */
export { MAX_TRIALS };
export const DEFAULT_SEED = 1;
export const DEFAULT_PROGRESS_EVERY = 1_000;

export interface PreparedProposal {
  readonly id: string;
  readonly name: string;
  readonly compiled: CompiledContract;
  readonly workspace: TermWorkspace;
  /** Path row of each of the proposal's service levels. */
  readonly rowOf: Int32Array;
  /** The shared path can be evaluated as is (same service levels in the same order, same term). */
  readonly direct: boolean;
  /** The proposal's own performance buffer when not direct. */
  readonly perf: Float64Array;
  readonly chargesTotal: number;
  readonly gainShare: CompiledGainShare | null;
  /** Null when the proposal has no volume-priced outcomes. */
  readonly volumes: ProposalVolumes | null;
  /** The metrics on the assumptions' central path: the moments' shifts (see streamingMoments.ts). */
  readonly centre: TallyCentre;
  readonly serviceLevelIds: readonly string[];
}

export interface PreparedSimulation {
  readonly trials: number;
  readonly seed: number;
  readonly progressEvery: number;
  readonly plan: PathPlan;
  readonly path: Float64Array;
  readonly costPlan: PathPlan | null;
  readonly costPath: Float64Array;
  /** Units per month of each volume term (volumeUnits.ts); null when no proposal has one. */
  readonly volumePlan: PathPlan | null;
  readonly volumePath: Float64Array;
  readonly proposals: readonly PreparedProposal[];
}

function checkRunSize(
  config: SimulationConfig,
): Result<{ trials: number; seed: number; progressEvery: number }> {
  const trials = config.trials ?? DEFAULT_TRIALS;
  if (!Number.isInteger(trials) || trials < 1 || trials > MAX_TRIALS) {
    return fail(
      'num',
      `Trials must be a whole number from 1 to ${countText(MAX_TRIALS)}, not ${trials}`,
    );
  }
  const seed = config.seed ?? DEFAULT_SEED;
  if (!Number.isSafeInteger(seed) || seed < 0)
    return fail(
      'num',
      `Seed must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}, not ${seed}`,
    );
  const progressEvery = config.progressEvery ?? DEFAULT_PROGRESS_EVERY;
  if (!Number.isInteger(progressEvery) || progressEvery < 1)
    return fail('num', `Progress interval must be a whole number ≥ 1, not ${progressEvery}`);
  if (config.proposals.length === 0) return fail('value', 'Nothing to simulate: no proposals');
  // The current contract and every saved proposal.
  if (config.proposals.length > MAX_PROPOSALS + 1) {
    return fail(
      'value',
      `A run compares at most ${MAX_PROPOSALS + 1} contracts (the current one and ${MAX_PROPOSALS} proposals), not ${countText(config.proposals.length)}`,
    );
  }
  // Checked before the performance paths, whose buffers grow with the term and the service levels.
  for (const { name, contract } of config.proposals) {
    const tooLarge =
      termOverLimit(contract.termMonths) ?? serviceLevelsOverLimit(contract.serviceLevels.length);
    if (tooLarge) return fail('value', `${name}: ${tooLarge}`);
  }
  const ids = new Set(config.proposals.map((p) => p.id));
  if (ids.size !== config.proposals.length) return fail('value', 'Proposal ids must be distinct');
  return ok({ trials, seed, progressEvery });
}

/** A path with every random row at its assumption's central value (clamped to its range). */
function centralPath(plan: PathPlan, rows: readonly PathRow[]): Float64Array {
  const path = new Float64Array(plan.rows * plan.months);
  fillFixedRows(plan, path);
  for (const r of plan.randomRows) {
    const { assumption, range } = rows[r];
    const centre = Math.min(
      range.upper,
      Math.max(range.lower, centralValue(assumption as PerformanceAssumption)),
    );
    path.fill(centre, r * plan.months, (r + 1) * plan.months);
  }
  return path;
}

/** Copies the proposal's rows out of the shared path when it cannot be evaluated directly. */
export function proposalPerformance(
  p: Pick<PreparedProposal, 'direct' | 'rowOf' | 'perf' | 'compiled'>,
  path: Float64Array,
  pathMonths: number,
): Float64Array {
  if (p.direct) return path;
  const months = p.compiled.months;
  const perf = p.perf;
  for (let s = 0; s < p.rowOf.length; s++) {
    const from = p.rowOf[s] * pathMonths;
    const to = s * months;
    for (let m = 0; m < months; m++) perf[to + m] = path[from + m];
  }
  return perf;
}

export function prepareSimulation(config: SimulationConfig): Result<PreparedSimulation> {
  const size = checkRunSize(config);
  if (!size.ok) return size;
  const rows = pathRows(config);
  if (!rows.ok) return rows;
  const dependence = scenarioDependence(config, rows.value);
  if (!dependence.ok) return dependence;
  const months = Math.max(...config.proposals.map((p) => p.contract.termMonths));
  const plan = planPaths(rows.value, months, dependence.value);
  const costRows = costRowsOf(config);
  if (!costRows.ok) return costRows;
  const years = contractYears(months);
  const costPlan = costRows.value.length > 0 ? planPaths(costRows.value, years) : null;
  const rowIndex = new Map(rows.value.map((row, r) => [row.key, r]));
  const central = centralPath(plan, rows.value);
  const centralCost = costPlan ? centralPath(costPlan, costRows.value) : null;
  const unitRows = volumeRows(config.proposals, config.scenario);
  if (!unitRows.ok) return unitRows;
  const volumePlan = unitRows.value.length > 0 ? planPaths(unitRows.value, months) : null;
  const centralUnits = volumePlan ? centralPath(volumePlan, unitRows.value) : null;
  const proposals: PreparedProposal[] = [];
  let baselineNet = 0;
  for (const proposal of config.proposals) {
    const compiled = compileContract(proposal.contract);
    if (!compiled.ok)
      return fail(compiled.error.code, `${proposal.name}: ${compiled.error.message}`);
    const gainShare = compileGainShare(proposal.contract);
    if (!gainShare.ok) return gainShare;
    const volumes = proposalVolumes(proposal, unitRows.value);
    if (!volumes.ok) return volumes;
    const c = compiled.value;
    const rowOf = Int32Array.from(
      proposal.contract.serviceLevels,
      (sl) => rowIndex.get(sl.id) as number,
    );
    const direct = c.months === months && c.slCount === plan.rows && rowOf.every((r, s) => r === s);
    const perf = new Float64Array(direct ? 0 : c.slCount * c.months);
    const workspace = createWorkspace(c);
    const totals = evaluateTerm(
      c,
      proposalPerformance({ direct, rowOf, perf, compiled: c }, central, months),
      workspace,
    );
    const gs =
      gainShare.value && centralCost ? termGainShare(gainShare.value, centralCost, c.months) : 0;
    const vc =
      volumes.value && centralUnits
        ? volumeCharges(volumes.value, centralUnits, months, c.months)
        : 0;
    const chargesTotal = c.monthlyCharges * c.months;
    if (proposals.length === 0) baselineNet = totals.net;
    const centre: TallyCentre = {
      net: totals.net,
      customerCost: chargesTotal + totals.net + gs + vc,
      difference: totals.net - baselineNet,
      credits: totals.credits,
      incentives: totals.incentives,
      earnback: totals.earnback,
      gainShare: gs,
      volumeCharges: vc,
    };
    const serviceLevelIds = proposal.contract.serviceLevels.map((sl) => sl.id);
    proposals.push({
      id: proposal.id,
      name: proposal.name,
      compiled: c,
      workspace,
      rowOf,
      direct,
      perf,
      chargesTotal,
      gainShare: gainShare.value,
      volumes: volumes.value,
      centre,
      serviceLevelIds,
    });
  }
  const path = new Float64Array(plan.rows * months);
  fillFixedRows(plan, path);
  const costPath = new Float64Array(years).fill(NaN);
  if (costPlan) fillFixedRows(costPlan, costPath);
  const volumePath = new Float64Array(volumePlan ? volumePlan.rows * months : 0);
  if (volumePlan) fillFixedRows(volumePlan, volumePath);
  return ok({ ...size.value, plan, path, costPlan, costPath, volumePlan, volumePath, proposals });
}
