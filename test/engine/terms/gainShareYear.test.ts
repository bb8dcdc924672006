import { unwrap } from '../../../src/engine/rules/result';
import {
  compileGainShare,
  gainShareIssues,
  yearGainShare,
} from '../../../src/engine/terms/compiledGainShare';
import { type GainShareTerms } from '../../../src/engine/terms/contract';
import { contractIssues } from '../../../src/engine/terms/contractValidation';
import { testContract } from '../simulationFixtures';

const terms: GainShareTerms = {
  targetCostAnnual: 1_200_000,
  shareBands: [
    { bound: 0, rate: 0.3 },
    { bound: 0.95, rate: 0.5 },
    { bound: 1.05, rate: 0.8 },
  ],
  painCap: null,
  gainCap: 40_000,
};
const compiled = unwrap(compileGainShare(testContract({ gainShare: terms })))!;

describe("a contract year's gain/pain share settlement", () => {
  it('splits an overrun band by band over a full year', () => {
    // 1,320,000 / 1,200,000 = 1.1: 0.05 at 50% + 0.05 at 80% = 0.065 × 1,200,000 = 78,000 borne.
    expect(yearGainShare(compiled, 0, 1_320_000, 36)).toBeCloseTo(-78_000, 6);
  });

  it('compares a partial last year with its months’ share of target and caps', () => {
    // Term 30 months: year 3 has 6, target 600,000. 540,000 = ratio 0.9: 0.05 at 50% + 0.05 at 30%
    // = 0.04 × 600,000 = 24,000, over the half-year gain cap 20,000 → 20,000.
    expect(yearGainShare(compiled, 2, 540_000, 30)).toBeCloseTo(20_000, 6);
    // A full year with the same ratio: 0.04 × 1,200,000 = 48,000, capped at 40,000.
    expect(yearGainShare(compiled, 0, 1_080_000, 30)).toBeCloseTo(40_000, 6);
  });
});

describe('gain-share problems, located at their term', () => {
  it('lists each term’s problem', () => {
    expect(gainShareIssues(terms)).toEqual([]);
    expect(
      gainShareIssues({
        targetCostAnnual: 0,
        shareBands: [
          { bound: 1, rate: 0.5 },
          { bound: 1, rate: 0.8 },
        ],
        painCap: -5,
        gainCap: null,
      }).map((i) => i.field),
    ).toEqual(['targetCostAnnual', 'painCap', 'shareBands']);
  });

  it('reports them in contract validation beside the fields', () => {
    const issues = contractIssues(
      testContract({ gainShare: { ...terms, targetCostAnnual: -1, gainCap: NaN } }),
    );
    expect(issues.filter((i) => i.field.startsWith('gainShare'))).toEqual([
      {
        serviceLevelId: null,
        field: 'gainShare.targetCostAnnual',
        message: 'Gain share: annual target cost must be a positive number, not -1',
      },
      {
        serviceLevelId: null,
        field: 'gainShare.gainCap',
        message: 'Gain share: gain cap must be a number ≥ 0, or empty for none',
      },
    ]);
  });

  it('keeps compileGainShare’s message for the simulation', () => {
    const r = compileGainShare(testContract({ gainShare: { ...terms, painCap: -1 } }));
    expect(r.ok || r.error.message).toBe(
      'Test contract: gain share: pain cap must be a number ≥ 0, or empty for none',
    );
  });

  it('validates a cost base in the contract', () => {
    const issues = contractIssues(
      testContract({ costBase: { monthlyByYear: [80_000], indexation: -2 } }),
    );
    expect(issues.map((i) => i.field)).toEqual(['costBase.indexation']);
  });
});
