import { type Contract } from '../../engine/terms/contract';
import { contractIssues } from '../../engine/terms/contractValidation';
import { termCost } from '../../engine/terms/costBase';
import { type OutcomeModel } from '../../engine/terms/outcomeModel';
import { modelProposals } from '../../engine/terms/proposal';
import {
  DEFAULT_SEED,
  DEFAULT_TRIALS,
  prepareSimulation,
} from '../../engine/simulation/simulationSetup';
import { type SimulationRequest } from '../../runs/simulationRequest';
import { sensitivitySteps } from './sensitivitySteps';

/**
 * How the next run is set up. Choices that depend on the model (which proposal is the baseline,
 * which one is in focus) are kept as the user made them and resolved against the model as it is
 * now, so a deleted proposal or scenario falls back to the first one instead of breaking the run.
 */
export interface RunSettings {
  readonly trials: number;
  readonly seed: number;
  readonly baselineId: string | null;
  /** The proposal and scenario whose details, histogram and analyses are shown. */
  readonly focusProposalId: string | null;
  readonly focusScenarioId: string | null;
  /** Run the sensitivity tornado, break-even and risk-priced fee after the comparison. */
  readonly analyse: boolean;
  readonly breakEvenServiceLevelId: string | null;
  /** Null: 85% of the focus proposal's monthly charges (a 15% margin if no money changes hands). */
  readonly monthlyCost: number | null;
  readonly targetMargin: number;
  /** Run until precise: stop once the chosen figures are known to ±precisionTarget, with `trials` as the cap. */
  readonly precise: boolean;
  /** Relative half-width of the 95 % intervals to reach: 0.01 = ±1 %. */
  readonly precisionTarget: number;
}

export const DEFAULT_RUN_SETTINGS: RunSettings = {
  trials: DEFAULT_TRIALS,
  seed: DEFAULT_SEED,
  baselineId: null,
  focusProposalId: null,
  focusScenarioId: null,
  analyse: true,
  breakEvenServiceLevelId: null,
  monthlyCost: null,
  targetMargin: 0.15,
  precise: false,
  precisionTarget: 0.01,
};

export const DEFAULT_COST_SHARE = 0.85;

export interface ResolvedSettings extends RunSettings {
  readonly baselineId: string;
  readonly focusProposalId: string;
  readonly focusScenarioId: string | null;
  readonly breakEvenServiceLevelId: string | null;
  readonly monthlyCost: number;
  /** Where monthlyCost comes from: the focus proposal's cost base, else the setting (or its default). */
  readonly monthlyCostSource: 'costBase' | 'setting';
}

const pick = (id: string | null, ids: readonly string[]) =>
  id !== null && ids.includes(id) ? id : (ids[0] ?? null);

export function resolveSettings(settings: RunSettings, model: OutcomeModel): ResolvedSettings {
  const proposals = modelProposals(model);
  const ids = proposals.map((p) => p.id);
  const focusProposalId = pick(settings.focusProposalId, ids) as string;
  const focus = proposals.find((p) => p.id === focusProposalId)?.contract ?? model.contract;
  const critical = focus.serviceLevels.filter((sl) => sl.critical).map((sl) => sl.id);
  return {
    ...settings,
    baselineId: pick(settings.baselineId, ids) as string,
    focusProposalId,
    focusScenarioId: pick(
      settings.focusScenarioId,
      (model.scenarios ?? []).map((s) => s.id),
    ),
    breakEvenServiceLevelId: pick(settings.breakEvenServiceLevelId, critical),
    ...analysisCost(settings, focus),
  };
}

/**
 * The provider's monthly cost for the analyses. A contract's cost base wins over the setting: the
 * risk-priced fee and the margin depend on the cost only through its total over the term, so the
 * term's average month stands for a cost that changes year by year.
 */
function analysisCost(
  settings: RunSettings,
  focus: Contract,
): Pick<ResolvedSettings, 'monthlyCost' | 'monthlyCostSource'> {
  const fromCostBase =
    focus.costBase && focus.termMonths > 0
      ? termCost(focus.costBase, focus.termMonths) / focus.termMonths
      : NaN;
  return Number.isFinite(fromCostBase)
    ? { monthlyCost: fromCostBase, monthlyCostSource: 'costBase' }
    : {
        monthlyCost: settings.monthlyCost ?? focus.monthlyCharges * DEFAULT_COST_SHARE,
        monthlyCostSource: 'setting',
      };
}

/** The proposals of a run, the baseline first. */
export function runProposals(model: OutcomeModel, baselineId: string) {
  const all = modelProposals(model);
  return [...all.filter((p) => p.id === baselineId), ...all.filter((p) => p.id !== baselineId)];
}

function duplicates(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const name of names) {
    const key = name.trim().toLowerCase();
    if (seen.has(key)) twice.add(name.trim());
    seen.add(key);
  }
  return [...twice];
}

/** Why the model cannot be run yet, in the order a user would fix it; empty when it can. */
export function runBlockers(model: OutcomeModel, baselineId: string): string[] {
  const scenarios = model.scenarios ?? [];
  if (model.contract.serviceLevels.length === 0)
    return ['Add a service level first: scenarios assume how service levels perform.'];
  if (scenarios.length === 0) return ['Add a scenario on the Scenarios tab first.'];
  const proposals = runProposals(model, baselineId);
  const out: string[] = [];
  for (const p of proposals) {
    const issues = contractIssues(p.contract);
    if (issues.length > 0) out.push(`Fix ${p.name} first: ${issues[0].message}`);
  }
  const currencies = [...new Set(proposals.map((p) => p.contract.currency))];
  if (currencies.length > 1)
    out.push(
      `The proposals use different currencies (${currencies.join(', ')}): compare like with like.`,
    );
  const sameProposals = duplicates(proposals.map((p) => p.name));
  if (sameProposals.length > 0)
    out.push(
      `Give the proposals distinct names (the contract counts as one): ${sameProposals.join(', ')}.`,
    );
  const sameScenarios = duplicates(scenarios.map((s) => s.name));
  if (sameScenarios.length > 0)
    out.push(`Give the scenarios distinct names: ${sameScenarios.join(', ')}.`);
  if (out.length > 0) return out;
  for (const scenario of scenarios) {
    const prepared = prepareSimulation({ proposals, scenario, trials: 1 });
    if (!prepared.ok) out.push(prepared.error.message);
  }
  return out;
}

export function buildRequest(model: OutcomeModel, settings: ResolvedSettings): SimulationRequest {
  const proposals = runProposals(model, settings.baselineId);
  const scenarios = model.scenarios ?? [];
  const focus = proposals.find((p) => p.id === settings.focusProposalId) as { contract: Contract };
  const scenario = scenarios.find((s) => s.id === settings.focusScenarioId);
  const analysis =
    settings.analyse && scenario && settings.breakEvenServiceLevelId !== null
      ? {
          proposalId: settings.focusProposalId,
          scenarioId: scenario.id,
          breakEvenServiceLevelId: settings.breakEvenServiceLevelId,
          deltas: sensitivitySteps(focus.contract, scenario),
          monthlyCost: settings.monthlyCost,
          targetMargin: settings.targetMargin,
        }
      : null;
  const precision = settings.precise ? { target: settings.precisionTarget } : null;
  return {
    proposals,
    scenarios,
    trials: settings.trials,
    seed: settings.seed,
    analysis,
    precision,
  };
}
