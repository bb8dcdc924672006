import fc from 'fast-check';
import { type ActualRecord } from '../../../src/engine/review/actuals';
import { periodAfter } from '../../../src/engine/review/servicePeriod';
import { reviewPeriod } from '../../../src/engine/review/serviceReview';
import { invoiceCents } from '../../../src/engine/rules/moneyRules';
import { unwrap } from '../../../src/engine/rules/result';
import { type Contract, type ServiceLevel } from '../../../src/engine/terms/contract';
import { contractIssues } from '../../../src/engine/terms/contractValidation';
import { contractExposure } from '../../../src/engine/terms/exposure';
import { type OutcomeModel } from '../../../src/engine/terms/outcomeModel';
import { CURRENT_CONTRACT_ID } from '../../../src/engine/terms/proposal';
import { counterpartySheets } from '../../../src/workbook/share/counterpartyWorkbook';
import { xlsxBytes } from '../../../src/workbook/share/xlsxFile';
import { mismatches, openCounterpartyFile, type OpenedFile } from './counterpartyFile';

/**
 * Random contracts, shared with everything chosen: every formula of the file, recalculated by an
 * independent engine, equals its cached value, and the headline figures equal the engine's to the
 * cent — including months where the credits reach the at-risk cap and the incentives their caps.
 */

const START = '2025-04';

const level = (higher: boolean, percent: boolean) =>
  percent
    ? fc.integer({ min: 900, max: 999 }).map((x) => x / 10)
    : higher
      ? fc.integer({ min: 1, max: 50 }).map((x) => x / 10)
      : fc.integer({ min: 2, max: 48 });

const serviceLevelArb = (i: number): fc.Arbitrary<ServiceLevel> =>
  fc
    .record({ higher: fc.boolean(), percent: fc.boolean() })
    .chain(({ higher, percent }) =>
      fc.record({
        id: fc.constant(`sl${i}`),
        name: fc.constant(`Level ${i} — ${higher ? 'higher' : 'lower'}`),
        unit: fc.constant(percent ? '%' : 'hours'),
        direction: fc.constant(higher ? ('higher' as const) : ('lower' as const)),
        expected: level(higher, percent),
        spread: fc.integer({ min: 1, max: 20 }).map((x) => x / 10),
        hasMinimum: fc.boolean(),
        allocation: fc.integer({ min: 10, max: 150 }).map((x) => x / 100),
        critical: fc.integer({ min: 0, max: 5 }).map((x) => x > 0),
        method: fc.constantFrom('step' as const, 'linear' as const),
        basis: fc.constantFrom('performance' as const, 'attainment' as const),
        rates: fc.uniqueArray(fc.integer({ min: -100, max: 60 }), { minLength: 2, maxLength: 6 }),
      }),
    )
    .map((r) => {
      const sign = r.direction === 'higher' ? -1 : 1;
      const minimum = r.expected + sign * r.spread;
      const worse = [...r.rates].sort((a, b) => a - b);
      // Bounds around the expected level, the worst band furthest on the bad side.
      const step = r.basis === 'attainment' ? 0.02 : r.spread / 2;
      const centre = r.basis === 'attainment' ? 1 : r.expected;
      const rows = worse.map((rate, k) => {
        const offset = (k - Math.floor(worse.length / 2)) * step;
        return {
          bound: Math.round((centre + (r.direction === 'higher' ? offset : -offset)) * 1e6) / 1e6,
          rate: (r.direction === 'higher' ? rate : worse[worse.length - 1 - k]) / 100,
        };
      });
      return {
        id: r.id,
        name: r.name,
        unit: r.unit,
        direction: r.direction,
        expected: r.expected,
        minimum: r.hasMinimum && minimum > 0 ? Math.round(minimum * 1e6) / 1e6 : null,
        allocation: r.allocation,
        critical: r.critical,
        bands: { basis: r.basis, method: r.method, rows },
      };
    });

const contractArb: fc.Arbitrary<Contract> = fc
  .integer({ min: 1, max: 5 })
  .chain((n) =>
    fc.record({
      name: fc.constant('Random contract'),
      currency: fc.constant('EUR'),
      monthlyCharges: fc.integer({ min: 1_000, max: 900_000_00 }).map((x) => x / 100),
      atRiskShare: fc.integer({ min: 1, max: 20 }).map((x) => x / 100),
      poolShare: fc.constant(3),
      incentiveCapMonthlyShare: fc.option(
        fc.integer({ min: 0, max: 5 }).map((x) => x / 100),
        { nil: null },
      ),
      incentiveCapAnnualShare: fc.option(
        fc.integer({ min: 0, max: 3 }).map((x) => x / 100),
        { nil: null },
      ),
      earnback: fc.record({
        mode: fc.constantFrom(
          'none' as const,
          'all' as const,
          'prorata' as const,
          'annualAverage' as const,
        ),
        window: fc.integer({ min: 1, max: 3 }),
      }),
      ratchet: fc.constantFrom(
        { method: 'none' as const, maxGapShare: null },
        { method: 'midpoint' as const, maxGapShare: 0.1 },
      ),
      termMonths: fc.constant(24),
      startPeriod: fc.constant(START),
      serviceLevels: fc.tuple(...Array.from({ length: n }, (_, i) => serviceLevelArb(i))),
    }),
  )
  .filter((c) => contractIssues(c).length === 0);

/** A month's value: good, bad, at a bound exactly, or not measured. */
function monthValue(sl: ServiceLevel, pick: number): number | null {
  const bad = sl.direction === 'higher' ? -1 : 1;
  const bounds = sl.bands.rows.map((r) =>
    sl.bands.basis === 'attainment'
      ? sl.direction === 'higher'
        ? r.bound * sl.expected
        : sl.expected / r.bound
      : r.bound,
  );
  const choices = [
    null,
    sl.expected,
    sl.minimum,
    ...bounds,
    sl.expected + bad * 5,
    Math.max(0.01, sl.expected - bad * 3),
  ];
  const v = choices[pick % choices.length];
  return v === null || v === undefined || v <= 0 ? sl.expected : v;
}

const headline = (file: OpenedFile, sheet: string, label: string, column = 'B') => {
  const rows = file.rowsLabelled(sheet, label);
  return rows.map((r) => file.value(sheet, `${column}${r}`));
};

it('random contracts: every formula as cached, statements and money to the cent, caps reached', async () => {
  let creditCapHit = 0;
  let incentiveCapped = 0;
  await fc.assert(
    fc.asyncProperty(
      contractArb,
      fc.array(fc.nat(), { minLength: 24 * 5, maxLength: 24 * 5 }),
      fc.integer({ min: 0, max: 23 }),
      async (contract, picks, month) => {
        // The counter drops the first level and adds one of its own: the comparison prices each
        // proposal's own levels, and a level one proposal lacks is not measured there.
        const last = contract.serviceLevels[contract.serviceLevels.length - 1];
        const counter: Contract = {
          ...contract,
          atRiskShare: Math.min(1, contract.atRiskShare * 2),
          incentiveCapMonthlyShare: null,
          poolShare: 10,
          serviceLevels: [
            ...contract.serviceLevels.slice(contract.serviceLevels.length > 1 ? 1 : 0),
            { ...last, id: 'extra', name: 'Their extra level', allocation: 0.9, critical: true },
          ],
        };
        const model: OutcomeModel = {
          contract,
          proposals: [{ id: 'counter', name: 'Counter', contract: counter }],
          scenarios: [
            {
              id: 'worst',
              name: 'Worst',
              assumptions: Object.fromEntries(
                contract.serviceLevels.map((sl) => [
                  sl.id,
                  {
                    kind: 'constant',
                    level: sl.direction === 'higher' ? sl.expected / 2 : sl.expected * 2,
                  },
                ]),
              ),
            },
            {
              id: 'best',
              name: 'Best',
              assumptions: Object.fromEntries(
                contract.serviceLevels.map((sl) => [
                  sl.id,
                  {
                    kind: 'constant',
                    level: sl.direction === 'higher' ? sl.expected * 1.5 : sl.expected / 3,
                  },
                ]),
              ),
            },
          ],
        };
        const actuals: ActualRecord[] = [];
        contract.serviceLevels.forEach((sl, s) => {
          for (let m = 0; m <= month; m++) {
            const value = monthValue(sl, picks[s * 24 + m]);
            if (value !== null && picks[s * 24 + m] % 11 !== 0)
              actuals.push({
                serviceLevelId: sl.id,
                period: periodAfter(START, m),
                value,
                excludedMinutes: null,
              });
          }
        });
        const period = periodAfter(START, month);
        const sheets = unwrap(
          counterpartySheets(
            { model, actuals, start: START },
            {
              money: true,
              statementPeriod: period,
              proposalIds: [CURRENT_CONTRACT_ID, 'counter'],
              scenarioIds: ['worst', 'best'],
            },
          ),
        );
        const file = await openCounterpartyFile(await xlsxBytes(sheets, new Date(0)));
        expect(mismatches(file)).toEqual([]);
        expect(file.rowsLabelled('Comparison', 'Their extra level')).toHaveLength(1);
        const review = unwrap(reviewPeriod(contract, actuals, START, period, null)).statement;
        expect(
          headline(file, `Statement ${period}`, 'Invoice adjustment, rounded to cents'),
        ).toEqual([invoiceCents(review.invoiceAdjustment)]);
        const exposure = contractExposure(contract);
        const moneyRow = file.rowsLabelled('Money', 'Contract: every critical level at once')[0];
        expect(file.value('Money', `J${moneyRow}`)).toBeCloseTo(exposure.worstMonth, 2);
        expect(file.value('Money', `O${moneyRow}`)).toBeCloseTo(exposure.bestYearIncentive, 2);
        if (review.capHit) creditCapHit++;
        if (review.incentivesBeforeCap > review.incentives + 0.005) incentiveCapped++;
      },
    ),
    { numRuns: 60, endOnFailure: true },
  );
  // The property saw the caps bind, not only months that fit within them.
  expect(creditCapHit).toBeGreaterThan(3);
  expect(incentiveCapped).toBeGreaterThan(3);
}, 120_000);

/** Volume terms (graduated and all-units, tiers from a random first bound), gain share and a cost base. */
const leversArb = fc.record({
  tiers: fc.uniqueArray(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 4 }),
  prices: fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 4, maxLength: 4 }),
  units: fc.array(fc.option(fc.integer({ min: 0, max: 8000 }), { nil: null, freq: 4 }), {
    minLength: 2,
    maxLength: 2,
  }),
  targetCost: fc.integer({ min: 100_000, max: 5_000_000 }),
  costRatio: fc.option(fc.integer({ min: 70, max: 130 }), { nil: null, freq: 4 }),
  painCap: fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: null }),
  gainCap: fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: null }),
  // A settlement month (year 1's or year 2's close) most of the time, another month otherwise.
  month: fc.constantFrom(11, 23, 23, 5),
});

it('random contracts with volume pricing and gain share: the statement’s levers to the cent', async () => {
  let settled = 0;
  await fc.assert(
    fc.asyncProperty(contractArb, leversArb, async (base, r) => {
      const tiers = r.tiers.map((bound, i) => ({ bound, rate: r.prices[i] / 100 }));
      const contract: Contract = {
        ...base,
        termMonths: 24,
        costBase: { monthlyByYear: [r.targetCost / 12], indexation: 0.03 },
        volumePricing: [
          { id: 'tickets', name: 'Tickets', unit: 'ticket', method: 'graduated', tiers },
          { id: 'users', name: 'Users', unit: 'user', method: 'allunits', tiers },
        ],
        gainShare: {
          targetCostAnnual: r.targetCost,
          shareBands: [
            { bound: 0, rate: 0.3 },
            { bound: 0.95, rate: 0.5 },
            { bound: 1.05, rate: 0.8 },
          ],
          painCap: r.painCap,
          gainCap: r.gainCap,
        },
      };
      const units: Record<string, number> = {};
      if (r.units[0] !== null) units.tickets = r.units[0];
      if (r.units[1] !== null) units.users = r.units[1];
      const inputs = {
        units,
        yearActualCost: r.costRatio === null ? null : (r.targetCost * r.costRatio) / 100,
      };
      const period = periodAfter(START, r.month);
      const sheets = unwrap(
        counterpartySheets(
          { model: { contract }, actuals: [], start: START, statementInputs: { [period]: inputs } },
          { money: false, statementPeriod: period, proposalIds: [], scenarioIds: [] },
        ),
      );
      const file = await openCounterpartyFile(await xlsxBytes(sheets, new Date(0)));
      expect(mismatches(file)).toEqual([]);
      const review = unwrap(reviewPeriod(contract, [], START, period, null, inputs)).statement;
      const sheet = `Statement ${period}`;
      expect(headline(file, sheet, 'Invoice adjustment, rounded to cents')).toEqual([
        invoiceCents(review.invoiceAdjustment),
      ]);
      const volume = headline(file, sheet, 'Volume charges this month', 'D')[0];
      expect(volume).toBeCloseTo(review.levers.volumeCharges, 2);
      expect(headline(file, sheet, 'Commercial levers this month')[0]).toBeCloseTo(
        review.levers.invoiceEffect,
        2,
      );
      // The terms sheet carries the cost base of both years (year 2 indexed by 3%) and the tiers.
      expect(
        headline(
          file,
          'Contract',
          'Cost base: monthly cost in contract year 2 (the year before, indexed)',
        )[0],
      ).toBeCloseTo((r.targetCost / 12) * 1.03, 6);
      expect(
        file.rowsLabelled('Contract', 'Volume pricing: Tickets per ticket (graduated)'),
      ).toHaveLength(1);
      if (review.levers.settlement?.kind === 'settled') settled++;
    }),
    { numRuns: 25, endOnFailure: true },
  );
  expect(settled).toBeGreaterThan(5);
}, 120_000);
