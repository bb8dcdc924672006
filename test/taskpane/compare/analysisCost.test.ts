import { type OutcomeModel } from '../../../src/engine/terms/outcomeModel';
import { DEFAULT_RUN_SETTINGS, resolveSettings } from '../../../src/taskpane/compare/runSettings';
import { smallContract } from '../support/testContracts';

describe('the analyses’ provider cost', () => {
  it('comes from the contract’s cost base when it has one: the term’s average month', () => {
    // 24 months: 12 × 80,000 + 12 × 80,000 × 1.05 = 960,000 + 1,008,000 = 1,968,000 → 82,000 a month.
    const model: OutcomeModel = {
      contract: smallContract({
        termMonths: 24,
        costBase: { monthlyByYear: [80_000], indexation: 0.05 },
      }),
    };
    const resolved = resolveSettings({ ...DEFAULT_RUN_SETTINGS, monthlyCost: 70_000 }, model);
    expect(resolved.monthlyCostSource).toBe('costBase');
    expect(resolved.monthlyCost).toBeCloseTo(82_000, 9);
  });

  it('falls back to the setting, then to 85% of the charges', () => {
    const model: OutcomeModel = { contract: smallContract() };
    const typed = resolveSettings({ ...DEFAULT_RUN_SETTINGS, monthlyCost: 70_000 }, model);
    expect([typed.monthlyCost, typed.monthlyCostSource]).toEqual([70_000, 'setting']);
    expect(resolveSettings(DEFAULT_RUN_SETTINGS, model).monthlyCost).toBe(85_000);
  });
});
