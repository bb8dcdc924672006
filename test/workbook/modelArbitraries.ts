/**
 * fast-check arbitraries of valid stored models (shapes the schema accepts, sizes within the
 * limits), shared by the save → reload property tests. Not a test file itself.
 */
import fc from 'fast-check';
import { type BandRow } from '../../src/engine/rules/bands';
import {
  type Contract,
  type GainShareTerms,
  type ServiceLevel,
} from '../../src/engine/terms/contract';
import { MAX_TERM_MONTHS } from '../../src/engine/terms/limits';
import { type OutcomeModel } from '../../src/engine/terms/outcomeModel';
import {
  type PerformanceAssumption,
  type PerformanceBounds,
} from '../../src/engine/simulation/performanceAssumption';
import { type Proposal } from '../../src/engine/terms/proposal';
import { type Scenario } from '../../src/engine/simulation/scenario';

/**
 * Any finite double, from the everyday (99.5, 0.12) to the extreme (5e-324, 1.7e308). Negative
 * zero becomes 0: JSON has no negative zero, and no contract term depends on its sign.
 */
export const finite: fc.Arbitrary<number> = fc
  .oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100),
    fc.constantFrom(0, 1, 99.5, 0.995, 0.12, 2, 250_000),
  )
  .map((x) => (x === 0 ? 0 : x));

/** Plain objects, as JSON.parse and the schema give back (fast-check may otherwise make null-prototype ones). */
const plain = { noNullPrototype: true } as const;

const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

export interface TextOptions {
  /**
   * Leave out text starting with an apostrophe: Excel takes a leading apostrophe as its "keep as
   * text" prefix, and textCell does not escape it (so "'Gold" comes back as "Gold" from a sheet).
   */
  readonly sheetSafe?: boolean;
}

/** Names and units as people type them, and text that looks like a formula, a number or nothing. */
export function text({ sheetSafe = false }: TextOptions = {}): fc.Arbitrary<string> {
  const any = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    fc.constantFrom(
      'Availability',
      'P1 resolved within 4h',
      '%',
      'score 1–5',
      '=Uptime',
      '+1',
      '-',
      '@x',
      '12',
      'TRUE',
      '  ',
      '',
      "'quoted",
    ),
  );
  return sheetSafe ? any.filter((s) => !s.startsWith("'")) : any;
}

const bandRow: fc.Arbitrary<BandRow> = fc.record({ bound: finite, rate: finite }, plain);

export function serviceLevel(options: TextOptions = {}): fc.Arbitrary<ServiceLevel> {
  return fc.record(
    {
      id: fc.oneof(fc.uuid(), fc.string()),
      name: text(options),
      unit: text(options),
      direction: fc.constantFrom('higher' as const, 'lower' as const),
      expected: finite,
      minimum: nullable(finite),
      allocation: finite,
      critical: fc.boolean(),
      bands: fc.record(
        {
          basis: fc.constantFrom('performance' as const, 'attainment' as const),
          method: fc.constantFrom('step' as const, 'linear' as const),
          rows: fc.array(bandRow, { maxLength: 8 }),
        },
        plain,
      ),
    },
    plain,
  );
}

const gainShare: fc.Arbitrary<GainShareTerms> = fc.record(
  {
    targetCostAnnual: finite,
    shareBands: fc.array(bandRow, { maxLength: 6 }),
    painCap: nullable(finite),
    gainCap: nullable(finite),
  },
  plain,
);

export interface ContractOptions extends TextOptions {
  /** Generate gain share terms too (the Contract sheet does not hold them). */
  readonly withGainShare?: boolean;
  readonly maxServiceLevels?: number;
}

/** A contract of 0–N service levels of both directions, with unique ids. */
export function contract({
  withGainShare = true,
  maxServiceLevels = 6,
  ...textOptions
}: ContractOptions = {}): fc.Arbitrary<Contract> {
  const terms = {
    name: text(textOptions),
    currency: fc.oneof(fc.constantFrom('EUR', 'USD', 'GBP', 'CHF'), text(textOptions)),
    monthlyCharges: finite,
    atRiskShare: finite,
    poolShare: finite,
    incentiveCapMonthlyShare: nullable(finite),
    incentiveCapAnnualShare: nullable(finite),
    earnback: fc.record(
      {
        mode: fc.constantFrom(
          'none' as const,
          'all' as const,
          'prorata' as const,
          'annualAverage' as const,
        ),
        window: finite,
      },
      plain,
    ),
    ratchet: fc.record(
      {
        method: fc.constantFrom('midpoint' as const, 'average' as const, 'none' as const),
        maxGapShare: nullable(finite),
      },
      plain,
    ),
    // The schema refuses terms over the limit; anything else it leaves to the contract validation.
    termMonths: fc.oneof(
      fc.integer({ min: 1, max: MAX_TERM_MONTHS }),
      finite.filter((x) => x <= MAX_TERM_MONTHS),
    ),
    serviceLevels: fc.uniqueArray(serviceLevel(textOptions), {
      selector: (sl) => sl.id,
      maxLength: maxServiceLevels,
    }),
  };
  if (!withGainShare) return fc.record(terms, plain);
  return fc.record(
    { ...terms, gainShare },
    { requiredKeys: Object.keys(terms) as (keyof typeof terms)[], noNullPrototype: true },
  );
}

const bounds: fc.Arbitrary<PerformanceBounds> = fc.record(
  { lower: nullable(finite), upper: nullable(finite) },
  plain,
);

/** Every kind of performance assumption, with and without bounds (and ρ for a normal). */
export const assumption: fc.Arbitrary<PerformanceAssumption> = fc.oneof(
  fc.record(
    { kind: fc.constant('constant' as const), bounds, level: finite },
    { requiredKeys: ['kind', 'level'], noNullPrototype: true },
  ),
  fc.record(
    {
      kind: fc.constant('series' as const),
      bounds,
      values: fc.array(nullable(finite), { maxLength: 14 }),
    },
    { requiredKeys: ['kind', 'values'], noNullPrototype: true },
  ),
  fc.record(
    { kind: fc.constant('normal' as const), bounds, mean: finite, sd: finite, rho: finite },
    { requiredKeys: ['kind', 'mean', 'sd'], noNullPrototype: true },
  ),
  fc.record(
    { kind: fc.constant('triangular' as const), bounds, min: finite, mode: finite, max: finite },
    { requiredKeys: ['kind', 'min', 'mode', 'max'], noNullPrototype: true },
  ),
  fc.record(
    {
      kind: fc.constant('resample' as const),
      bounds,
      history: fc.array(finite, { maxLength: 14 }),
    },
    { requiredKeys: ['kind', 'history'], noNullPrototype: true },
  ),
);

export const scenario: fc.Arbitrary<Scenario> = fc.record(
  {
    id: fc.oneof(fc.uuid(), fc.string()),
    name: text(),
    assumptions: fc.dictionary(fc.oneof(fc.uuid(), fc.string()), assumption, {
      maxKeys: 4,
      noNullPrototype: true,
    }),
    actualCostAnnual: assumption,
    correlations: fc.array(
      fc.record(
        { first: fc.oneof(fc.uuid(), fc.string()), second: fc.string(), rho: finite },
        plain,
      ),
      { maxLength: 4 },
    ),
    badMonth: fc.record(
      {
        probability: finite,
        drops: fc.dictionary(fc.oneof(fc.uuid(), fc.string()), finite, {
          maxKeys: 3,
          noNullPrototype: true,
        }),
      },
      plain,
    ),
  },
  { requiredKeys: ['id', 'name', 'assumptions'], noNullPrototype: true },
);

export const proposal: fc.Arbitrary<Proposal> = fc.record(
  {
    id: fc.oneof(fc.uuid(), fc.string()),
    name: text(),
    contract: contract({ maxServiceLevels: 3 }),
  },
  plain,
);

/** A model with or without scenarios and proposals (each list may also be present and empty). */
export const outcomeModel: fc.Arbitrary<OutcomeModel> = fc.record(
  {
    contract: contract(),
    scenarios: fc.uniqueArray(scenario, { selector: (s) => s.id, maxLength: 3 }),
    proposals: fc.uniqueArray(proposal, { selector: (p) => p.id, maxLength: 2 }),
  },
  { requiredKeys: ['contract'], noNullPrototype: true },
);
