import * as z from './schemaLibrary';
import {
  type Contract,
  type CostBase,
  type GainShareTerms,
  type VolumePricingTerm,
} from '../engine/terms/contract';
import {
  countText,
  MAX_BAND_ROWS,
  MAX_PROPOSALS,
  MAX_SCENARIOS,
  MAX_SERVICE_LEVELS,
  MAX_TERM_MONTHS,
  MAX_VOLUME_TERMS,
  serviceLevelsOverLimit,
  termOverLimit,
  tooManyBandRowsText,
  volumeTermsOverLimit,
} from '../engine/terms/limits';
import { type OutcomeModel } from '../engine/terms/outcomeModel';
import { type PerformanceAssumption } from '../engine/simulation/performanceAssumption';
import { type Proposal } from '../engine/terms/proposal';
import { type Scenario } from '../engine/simulation/scenario';
import { type BadMonth } from '../engine/simulation/badMonth';
import { type LevelCorrelation } from '../engine/simulation/levelCorrelation';

/**
 * The shape of a stored model, field for field as the engine's types define it (numbers may be
 * null only where the type says so). `satisfies` ties each schema to its type, so a field added
 * to the engine and forgotten here is a compile error rather than data silently dropped on load.
 */

const bandRowSchema = z.object({ bound: z.number(), rate: z.number() });

/**
 * The size limits (engine/limits.ts) hold on load too: a pasted 10,000-row band table in the stored
 * JSON is refused with a message instead of being opened in the pane.
 */
const lengthOf = (input: unknown) => (Array.isArray(input) ? input.length : NaN);
const bandRowsSchema = z
  .array(bandRowSchema)
  .max(MAX_BAND_ROWS, { error: (issue) => tooManyBandRowsText(lengthOf(issue.input)) });

const serviceLevelSchema = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  direction: z.enum(['higher', 'lower']),
  expected: z.number(),
  minimum: z.number().nullable(),
  allocation: z.number(),
  critical: z.boolean(),
  bands: z.object({
    basis: z.enum(['performance', 'attainment']),
    method: z.enum(['step', 'linear']),
    rows: bandRowsSchema,
  }),
});

const gainShareSchema = z.object({
  targetCostAnnual: z.number(),
  shareBands: bandRowsSchema,
  painCap: z.number().nullable(),
  gainCap: z.number().nullable(),
}) satisfies z.ZodType<GainShareTerms>;

/** A year per entry: never more than the longest term has years. */
const costBaseSchema = z.object({
  monthlyByYear: z.array(z.number()).max(Math.ceil(MAX_TERM_MONTHS / 12)),
  indexation: z.number().nullable(),
}) satisfies z.ZodType<CostBase>;

const volumeTermSchema = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  method: z.enum(['graduated', 'allunits']),
  tiers: bandRowsSchema,
}) satisfies z.ZodType<VolumePricingTerm>;

/** Ids must be unique: every layer keys service levels, scenarios and proposals by id. */
function uniqueIds(items: readonly { id: string }[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
}

export const contractSchema = z.object({
  name: z.string(),
  currency: z.string(),
  monthlyCharges: z.number(),
  atRiskShare: z.number(),
  poolShare: z.number(),
  incentiveCapMonthlyShare: z.number().nullable(),
  incentiveCapAnnualShare: z.number().nullable(),
  earnback: z.object({
    mode: z.enum(['none', 'all', 'prorata', 'annualAverage']),
    window: z.number(),
  }),
  ratchet: z.object({
    method: z.enum(['midpoint', 'average', 'none']),
    maxGapShare: z.number().nullable(),
  }),
  termMonths: z
    .number()
    .max(MAX_TERM_MONTHS, { error: (issue) => termOverLimit(Number(issue.input)) ?? undefined }),
  startPeriod: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'expected a month such as "2026-01"' })
    .optional(),
  serviceLevels: z
    .array(serviceLevelSchema)
    .max(MAX_SERVICE_LEVELS, {
      error: (issue) => serviceLevelsOverLimit(lengthOf(issue.input)) ?? undefined,
    })
    .superRefine(uniqueIds),
  gainShare: gainShareSchema.optional(),
  costBase: costBaseSchema.optional(),
  volumePricing: z
    .array(volumeTermSchema)
    .max(MAX_VOLUME_TERMS, {
      error: (issue) => volumeTermsOverLimit(lengthOf(issue.input)) ?? undefined,
    })
    .superRefine(uniqueIds)
    .optional(),
  adoptedFrom: z.object({ proposalId: z.string(), name: z.string(), time: z.string() }).optional(),
}) satisfies z.ZodType<Contract>;

const boundsSchema = z
  .object({ lower: z.number().nullable(), upper: z.number().nullable() })
  .optional();

const assumptionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('constant'), bounds: boundsSchema, level: z.number() }),
  z.object({
    kind: z.literal('series'),
    bounds: boundsSchema,
    values: z.array(z.number().nullable()),
  }),
  z.object({
    kind: z.literal('normal'),
    bounds: boundsSchema,
    mean: z.number(),
    sd: z.number(),
    rho: z.number().optional(),
  }),
  z.object({
    kind: z.literal('triangular'),
    bounds: boundsSchema,
    min: z.number(),
    mode: z.number(),
    max: z.number(),
  }),
  z.object({ kind: z.literal('resample'), bounds: boundsSchema, history: z.array(z.number()) }),
]) satisfies z.ZodType<PerformanceAssumption>;

/**
 * Assumptions by service-level id. Not z.record: it drops a "__proto__" key unchecked, and ids are
 * user data; every own entry is checked and kept (Object.fromEntries makes "__proto__" an entry).
 */
const assumptionsSchema = z.unknown().transform((value, ctx) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    ctx.addIssue({ code: 'custom', message: 'expected assumptions by service-level id' });
    return z.NEVER;
  }
  const entries: [string, PerformanceAssumption][] = [];
  for (const [id, raw] of Object.entries(value)) {
    const read = assumptionSchema.safeParse(raw);
    if (!read.success) {
      for (const issue of read.error.issues) ctx.addIssue({ ...issue, path: [id, ...issue.path] });
      return z.NEVER;
    }
    entries.push([id, read.data]);
  }
  return Object.fromEntries(entries) as Record<string, PerformanceAssumption>;
});

/** Every pair of the most service levels a contract may have: more pairs than that repeat one. */
const MAX_CORRELATION_PAIRS = (MAX_SERVICE_LEVELS * (MAX_SERVICE_LEVELS - 1)) / 2;

const correlationsSchema = z
  .array(z.object({ first: z.string(), second: z.string(), rho: z.number() }))
  .max(MAX_CORRELATION_PAIRS, {
    error: (issue) =>
      `${countText(lengthOf(issue.input))} correlation pairs, more than the ${countText(MAX_CORRELATION_PAIRS)} pairs of ${MAX_SERVICE_LEVELS} service levels`,
  }) satisfies z.ZodType<readonly LevelCorrelation[]>;

/** Drops by service-level id: user ids again, so own entries only, as the assumptions are read. */
const dropsSchema = z.unknown().transform((value, ctx) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    ctx.addIssue({ code: 'custom', message: 'expected bad-month drops by service-level id' });
    return z.NEVER;
  }
  const entries = Object.entries(value);
  const notNumber = entries.find(([, drop]) => typeof drop !== 'number');
  if (notNumber) {
    ctx.addIssue({ code: 'custom', path: [notNumber[0]], message: 'expected a number' });
    return z.NEVER;
  }
  return Object.fromEntries(entries) as Record<string, number>;
});

const badMonthSchema = z.object({
  probability: z.number(),
  drops: dropsSchema,
}) satisfies z.ZodType<BadMonth>;

const scenarioSchema = z.object({
  id: z.string(),
  name: z.string(),
  assumptions: assumptionsSchema,
  actualCostAnnual: assumptionSchema.optional(),
  // Units per month by volume term id, read as the service levels' assumptions are.
  volumes: assumptionsSchema.optional(),
  correlations: correlationsSchema.optional(),
  badMonth: badMonthSchema.optional(),
}) satisfies z.ZodType<Scenario>;

const proposalSchema = z.object({
  id: z.string(),
  name: z.string(),
  contract: contractSchema,
  // Each term at most once; a key no term has is dropped when the proposal is read (followedContract.ts).
  overrides: z.array(z.string()).max(10_000).optional(),
}) satisfies z.ZodType<Proposal>;

export const modelSchema = z.object({
  contract: contractSchema,
  scenarios: z
    .array(scenarioSchema)
    .max(MAX_SCENARIOS, {
      error: (issue) =>
        `A model keeps at most ${MAX_SCENARIOS} scenarios, not ${countText(lengthOf(issue.input))}`,
    })
    .superRefine(uniqueIds)
    .optional(),
  proposals: z
    .array(proposalSchema)
    .max(MAX_PROPOSALS, {
      error: (issue) =>
        `A model keeps at most ${MAX_PROPOSALS} proposals, not ${countText(lengthOf(issue.input))}`,
    })
    .superRefine(uniqueIds)
    .optional(),
}) satisfies z.ZodType<OutcomeModel>;
