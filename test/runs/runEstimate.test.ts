import { durationText, estimatedSeconds, runWork } from '../../src/runs/runEstimate';
import { request } from '../taskpane/support/negotiationFixtures';

describe('the estimate of a run', () => {
  it('counts the service-level months of the comparison: proposals × levels × months × trials × scenarios', () => {
    const r = request({ analysis: null });
    const perTrial = r.proposals.reduce(
      (sum, p) => sum + p.contract.serviceLevels.length * p.contract.termMonths,
      0,
    );
    expect(runWork(r)).toBe(perTrial * r.trials * r.scenarios.length);
    expect(estimatedSeconds(r)).toBe(runWork(r) / 15_000_000);
  });

  it('puts the largest run the limits allow at days, not seconds', () => {
    const base = request({ analysis: null });
    const huge = {
      ...base,
      trials: 1_000_000,
      proposals: [
        {
          ...base.proposals[0],
          contract: {
            ...base.proposals[0].contract,
            termMonths: 120,
            serviceLevels: Array.from({ length: 200 }, (_, i) => ({
              ...base.proposals[0].contract.serviceLevels[0],
              id: `sl${i}`,
            })),
          },
        },
      ],
      scenarios: base.scenarios.slice(0, 1),
    };
    // 200 × 120 × 1,000,000 = 24 billion service-level months: 1,600 s for one proposal and scenario.
    expect(runWork(huge)).toBe(24_000_000_000);
    expect(durationText(estimatedSeconds(huge))).toBe('about 27 min');
  });

  it.each([
    [0.4, 'under a second'],
    [4.4, 'about 4 s'],
    [59, 'about 59 s'],
    [150, 'about 3 min'],
    [3_600, 'about 1 h'],
    [7_800, 'about 2 h 10 min'],
    [360_000, 'about 4 days'],
  ])('says %d s as "%s"', (seconds, text) => {
    expect(durationText(seconds)).toBe(text);
  });
});
