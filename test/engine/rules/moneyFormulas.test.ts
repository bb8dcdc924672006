import fc from 'fast-check';
import { moneyFormulas } from '../../../src/engine/rules/moneyFormulas';
import {
  capScale,
  creditPart,
  incentivePart,
  incentiveRoom,
  payoutBeforeCaps,
} from '../../../src/engine/rules/moneyRules';
import { FormulaEvaluator } from '../../../src/workbench/formulaEvaluator';
import { MemoryWorkbookHost } from '../../../src/workbook/memoryWorkbookHost';

/**
 * Each money rule's formula, put in a cell and evaluated by the browser workbench's formula
 * evaluator, gives what the rule computes — for random amounts, including the edges where the rules
 * turn (zero payout, a total exactly at its cap, a cap of zero, a negative room).
 */
async function valueOf(
  build: (refs: Record<string, string>) => string,
  inputs: Record<string, number>,
) {
  const host = new MemoryWorkbookHost();
  const names = Object.keys(inputs);
  const refs = Object.fromEntries(names.map((n, i) => [n, `${String.fromCharCode(65 + i)}1`]));
  await host.writeRange('Sheet1', 'A1', [names.map((n) => inputs[n]), [`=${build(refs)}`]]);
  const result = new FormulaEvaluator(host).cellAt('Sheet1', 2, 1);
  if (result.kind !== 'value' || typeof result.value !== 'number') {
    throw new Error(`${build(refs)} gave ${JSON.stringify(result)}`);
  }
  return result.value;
}

const money = fc.oneof(
  fc.constantFrom(0, 1, -1, 30_000, -30_000),
  fc.integer({ min: -5_000_000, max: 5_000_000 }).map((x) => x / 100),
);

it('payoutBeforeCaps, creditPart and incentivePart', async () => {
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: -100, max: 100 }), money, async (ratePercent, allocated) => {
      const rate = ratePercent / 100;
      const payout = payoutBeforeCaps(rate, allocated);
      expect(
        await valueOf((r) => moneyFormulas.payoutBeforeCaps(r.rate, r.allocated), {
          rate,
          allocated,
        }),
      ).toBeCloseTo(payout, 9);
      expect(await valueOf((r) => moneyFormulas.creditPart(r.payout), { payout })).toBe(
        creditPart(payout),
      );
      expect(await valueOf((r) => moneyFormulas.incentivePart(r.payout), { payout })).toBe(
        incentivePart(payout),
      );
    }),
    { numRuns: 60 },
  );
});

it('capScale, at the cap, over it, and with nothing allowed', async () => {
  await fc.assert(
    fc.asyncProperty(money.map(Math.abs), money.map(Math.abs), async (total, cap) => {
      expect(
        await valueOf((r) => moneyFormulas.capScale(r.total, r.cap), { total, cap }),
      ).toBeCloseTo(capScale(total, cap), 12);
    }),
    { numRuns: 60 },
  );
  expect(
    await valueOf((r) => moneyFormulas.capScale(r.total, r.cap), { total: 30_000, cap: 30_000 }),
  ).toBe(1);
  expect(await valueOf((r) => moneyFormulas.capScale(r.total, r.cap), { total: 500, cap: 0 })).toBe(
    0,
  );
});

it('incentiveRoom, with either cap, both, or neither', async () => {
  await fc.assert(
    fc.asyncProperty(
      money.map(Math.abs),
      money.map(Math.abs),
      money.map(Math.abs),
      async (monthly, annual, paid) => {
        const both = await valueOf(
          (r) => moneyFormulas.incentiveRoom(r.monthly, r.annual, r.paid) ?? '',
          { monthly, annual, paid },
        );
        expect(both).toBe(incentiveRoom(monthly, annual, paid));
        const monthlyOnly = await valueOf(
          (r) => moneyFormulas.incentiveRoom(r.monthly, null, r.paid) ?? '',
          { monthly, paid },
        );
        expect(monthlyOnly).toBe(incentiveRoom(monthly, Infinity, paid));
        const annualOnly = await valueOf(
          (r) => moneyFormulas.incentiveRoom(null, r.annual, r.paid) ?? '',
          { annual, paid },
        );
        expect(annualOnly).toBe(incentiveRoom(Infinity, annual, paid));
      },
    ),
    { numRuns: 60 },
  );
  expect(moneyFormulas.incentiveRoom(null, null, 'B7')).toBeNull();
});
