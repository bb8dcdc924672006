import * as z from './schemaLibrary';
import { type BreakEvenResult } from '../engine/analyses/breakEven';
import { type RiskPricedFee } from '../engine/analyses/riskPricedFee';
import { type SensitivityResult } from '../engine/analyses/sensitivity';
import { type DomainError } from '../engine/rules/result';
import { type Histogram } from '../engine/simulation/histogram';
import {
  type DistributionPrecision,
  type DistributionSummary,
  type OutcomePrecision,
  type ProposalOutcome,
  type ServiceLevelOutcome,
  type SimulationSummary,
  UNKNOWN_DISTRIBUTION_PRECISION,
  UNKNOWN_OUTCOME_PRECISION,
  UNKNOWN_LEVEL_PRECISION,
} from '../engine/simulation/simulationSummary';
import { type Interval } from '../engine/simulation/precision';
import type {
  AnalysisResults,
  FeeAtConfidence,
  NamedRef,
  PrecisionReport,
  ScenarioOutcome,
  ScenarioRunResults,
  ServiceLevelRef,
} from '../runs/scenarioResults';
import type { KeptRunSummary, RunModelVersion } from './keptRun';
import { type StoredRevision } from './storedRevision';

/**
 * The JSON of a kept run, and reading it back as strictly as a stored model: a row someone edited
 * is refused with a message instead of reaching the pane half-formed. `satisfies` ties each schema
 * to its type, so a field added to the results and forgotten here fails to compile. Results hold
 * NaN where the engine could not compute a figure (no trials, an empty histogram), which JSON
 * cannot write: non-finite numbers are written as {"$number":"NaN"} and read back as numbers.
 */

const NUMBER_TAG = '$number';

// Any number, NaN and infinities included (zod's number refuses them).
const num = z.custom<number>((v) => typeof v === 'number', 'Expected a number');

const namedRefSchema = z.object({ id: z.string(), name: z.string() }) satisfies z.ZodType<NamedRef>;

const serviceLevelRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
}) satisfies z.ZodType<ServiceLevelRef>;

const histogramSchema = z.object({
  min: num,
  max: num,
  binWidth: num,
  counts: z.array(num),
}) satisfies z.ZodType<Histogram>;

const intervalSchema = z.object({ low: num, high: num }) satisfies z.ZodType<Interval>;

const distributionPrecisionSchema = z.object({
  meanSe: num,
  mean: intervalSchema,
  p5: intervalSchema,
  p50: intervalSchema,
  p95: intervalSchema,
}) satisfies z.ZodType<DistributionPrecision>;

const outcomePrecisionSchema = z.object({
  expectedCredits: intervalSchema,
  expectedIncentives: intervalSchema,
  expectedEarnback: intervalSchema,
  capHit: intervalSchema,
  expectedCapHitMonths: intervalSchema,
  probabilityHigherNet: intervalSchema,
}) satisfies z.ZodType<OutcomePrecision>;

const distributionSchema = z.object({
  mean: num,
  sd: num,
  p5: num,
  p50: num,
  p95: num,
  min: num,
  max: num,
  histogram: histogramSchema,
  // Runs kept before the intervals existed carry none: the pane and sheet then show none.
  precision: distributionPrecisionSchema.default(UNKNOWN_DISTRIBUTION_PRECISION),
}) satisfies z.ZodType<DistributionSummary>;

const serviceLevelOutcomeSchema = z.object({
  serviceLevelId: z.string(),
  expectedCredits: num,
  expectedIncentives: num,
  expectedEarnback: num,
  shareOfCredits: num,
  // Runs kept before the per-level intervals existed carry none.
  precision: z
    .object({
      expectedCredits: intervalSchema,
      expectedIncentives: intervalSchema,
      expectedEarnback: intervalSchema,
    })
    .default(UNKNOWN_LEVEL_PRECISION),
}) satisfies z.ZodType<ServiceLevelOutcome>;

const proposalOutcomeSchema = z.object({
  proposalId: z.string(),
  name: z.string(),
  trials: num,
  net: distributionSchema,
  customerCost: distributionSchema,
  difference: distributionSchema,
  probabilityHigherNet: num,
  gainShare: distributionSchema.nullable(),
  // Runs kept before volume pricing existed carry none.
  volumeCharges: distributionSchema.nullable().default(null),
  expectedCredits: num,
  expectedIncentives: num,
  expectedEarnback: num,
  capHitProbability: num,
  expectedCapHitMonths: num,
  serviceLevels: z.array(serviceLevelOutcomeSchema),
  precision: outcomePrecisionSchema.default(UNKNOWN_OUTCOME_PRECISION),
}) satisfies z.ZodType<ProposalOutcome>;

const simulationSummarySchema = z.object({
  seed: num,
  requestedTrials: num,
  completedTrials: num,
  cancelled: z.boolean(),
  proposals: z.array(proposalOutcomeSchema),
}) satisfies z.ZodType<SimulationSummary>;

const scenarioOutcomeSchema = z.object({
  scenario: namedRefSchema,
  summary: simulationSummarySchema,
}) satisfies z.ZodType<ScenarioOutcome>;

const domainErrorSchema = z.object({
  code: z.enum(['value', 'div0', 'na', 'num']),
  message: z.string(),
}) satisfies z.ZodType<DomainError>;

const resultOf = <T extends z.ZodType>(value: T) =>
  z.union([
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: domainErrorSchema }),
  ]);

const sensitivitySchema = z.object({
  proposalId: z.string(),
  baseNet: num,
  baseNetInterval: intervalSchema.optional(),
  bars: z.array(
    z.object({
      serviceLevelId: z.string(),
      name: z.string(),
      step: num,
      worseNet: num,
      betterNet: num,
      worseChange: num,
      betterChange: num,
      swing: num,
      // Runs kept before the analyses' intervals existed carry none (here and below).
      worseNetInterval: intervalSchema.optional(),
      betterNetInterval: intervalSchema.optional(),
    }),
  ),
  omitted: z.array(z.object({ serviceLevelId: z.string(), name: z.string(), reason: z.string() })),
  trials: num.optional(),
}) satisfies z.ZodType<SensitivityResult>;

const breakEvenSchema = z.object({
  serviceLevelId: z.string(),
  level: num,
  net: num,
  netInterval: intervalSchema.optional(),
  targetNet: num,
  bracket: z.object({ lower: num, upper: num, netAtLower: num, netAtUpper: num }),
  evaluations: num,
  searchRange: z.object({ lower: num, upper: num }),
  trials: num.optional(),
}) satisfies z.ZodType<BreakEvenResult>;

const feeSchema = z.object({
  monthlyFee: num,
  termMonths: num,
  netPerUnitCharge: num,
  expectedMargin: num,
  marginAtConfidence: num,
  customerExpectedCost: num,
  customerP95Cost: num,
  precision: z
    .object({
      monthlyFee: intervalSchema,
      expectedMargin: intervalSchema,
      marginAtConfidence: intervalSchema,
      customerExpectedCost: intervalSchema,
      customerP95Cost: intervalSchema,
    })
    .optional(),
}) satisfies z.ZodType<RiskPricedFee>;

const analysisSchema = z.object({
  proposal: namedRefSchema,
  scenario: namedRefSchema,
  sensitivity: resultOf(sensitivitySchema),
  breakEvenServiceLevel: serviceLevelRefSchema,
  breakEven: resultOf(breakEvenSchema),
  monthlyCost: num,
  targetMargin: num,
  fees: z.array(
    z.object({ confidence: num, fee: resultOf(feeSchema) }) satisfies z.ZodType<FeeAtConfidence>,
  ),
}) satisfies z.ZodType<AnalysisResults>;

const precisionReportSchema = z.object({
  target: num,
  cap: num,
  reached: z.boolean(),
  worst: z
    .object({
      scenario: z.string(),
      proposal: z.string(),
      figure: z.enum(['expected net', 'P5 net']),
      relative: num,
    })
    .nullable(),
}) satisfies z.ZodType<PrecisionReport>;

const resultsSchema = z.object({
  seed: num,
  trials: num,
  currency: z.string(),
  proposals: z.array(namedRefSchema).min(1),
  serviceLevels: z.array(serviceLevelRefSchema),
  scenarios: z.array(scenarioOutcomeSchema).min(1),
  analysis: analysisSchema.nullable(),
  // A run until precise says how it ended; a fixed run (and any kept before) has nothing to say.
  precision: precisionReportSchema.optional(),
}) satisfies z.ZodType<ScenarioRunResults>;

const revisionSchema = z.object({
  id: z.string(),
  savedAt: z.string().nullable(),
}) satisfies z.ZodType<StoredRevision>;

const modelVersionSchema = z.object({
  revision: revisionSchema.nullable(),
  unwrittenEdits: z.boolean(),
  fingerprint: z.string(),
}) satisfies z.ZodType<RunModelVersion>;

const summarySchema = z.object({
  id: z.string(),
  keptAt: z.string(),
  seed: num,
  trials: num,
  requestedTrials: num,
  completedTrials: num,
  analysesCancelled: z.boolean(),
  baseline: namedRefSchema,
  proposals: z.array(namedRefSchema),
  scenarios: z.array(namedRefSchema),
  model: modelVersionSchema,
}) satisfies z.ZodType<KeptRunSummary>;

/** JSON text of a kept part (summary or results), non-finite numbers tagged. */
export function keptRunText(value: KeptRunSummary | ScenarioRunResults): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'number' && !Number.isFinite(v) ? { [NUMBER_TAG]: String(v) } : v,
  );
}

export type ReadPart<T> =
  | { readonly kind: 'ok'; readonly value: T }
  | { readonly kind: 'invalid'; readonly message: string };

/** `subject`: "Its summary is", "Its results are". */
function readPart<T>(text: string, schema: z.ZodType<T>, subject: string): ReadPart<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(text, (_key, v: unknown) => {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
      const keys = Object.keys(v);
      const tagged = (v as Record<string, unknown>)[NUMBER_TAG];
      return keys.length === 1 && typeof tagged === 'string' ? Number(tagged) : v;
    });
  } catch (e) {
    return { kind: 'invalid', message: `${subject} not JSON (${(e as Error).message}).` };
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { kind: 'ok', value: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    kind: 'invalid',
    message: `${subject} not what this add-in wrote: ${issue.path.join('.') || '(top)'}: ${issue.message}.`,
  };
}

export const readKeptSummary = (text: string) =>
  readPart<KeptRunSummary>(text, summarySchema, 'Its summary is');

export const readKeptResults = (text: string) =>
  readPart<ScenarioRunResults>(text, resultsSchema, 'Its results are');
