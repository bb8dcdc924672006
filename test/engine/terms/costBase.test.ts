import { type CostBase } from '../../../src/engine/terms/contract';
import {
  costBaseIssues,
  costInMonth,
  monthlyCostInYear,
  termCost,
  termCostMargin,
  yearCost,
} from '../../../src/engine/terms/costBase';
import { testContract as smallContract } from '../simulationFixtures';

describe('cost base', () => {
  // Typed 10,000 and 11,000 a month; year 3 indexed 5% on year 2: 11,000 × 1.05 = 11,550.
  const typed: CostBase = { monthlyByYear: [10_000, 11_000], indexation: 0.05 };

  it('costs a typed year what was typed, later years the year before indexed', () => {
    expect(monthlyCostInYear(typed, 0)).toBe(10_000);
    expect(monthlyCostInYear(typed, 1)).toBe(11_000);
    expect(monthlyCostInYear(typed, 2)).toBeCloseTo(11_550, 9);
    // Year 4: 11,550 × 1.05 = 12,127.5
    expect(monthlyCostInYear(typed, 3)).toBeCloseTo(12_127.5, 9);
  });

  it('gives each month the cost of its contract year', () => {
    expect(costInMonth(typed, 0)).toBe(10_000);
    expect(costInMonth(typed, 11)).toBe(10_000);
    expect(costInMonth(typed, 12)).toBe(11_000);
    expect(costInMonth(typed, 24)).toBeCloseTo(11_550, 9);
  });

  it('adds the years of a term, a partial last year pro rata to its months', () => {
    // 12 × 10,000 + 12 × 11,000 + 12 × 11,550 = 120,000 + 132,000 + 138,600
    expect(termCost(typed, 36)).toBeCloseTo(390_600, 6);
    // 30 months at 10,000 indexed 10%: 120,000 + 12 × 11,000 + 6 × 12,100 = 324,600
    const indexed: CostBase = { monthlyByYear: [10_000], indexation: 0.1 };
    expect(yearCost(indexed, 2, 30)).toBeCloseTo(72_600, 6);
    expect(termCost(indexed, 30)).toBeCloseTo(324_600, 6);
    // No indexation: flat. 18 × 5,000
    expect(termCost({ monthlyByYear: [5_000], indexation: null }, 18)).toBe(90_000);
  });

  it('gives the margin on the charges before any service-level money', () => {
    // Charges 100,000 × 24 = 2,400,000; cost 12 × 85,000 + 12 × 86,700 = 2,061,000 … (85,000 × 1.02 = 86,700)
    // = 1,020,000 + 1,040,400 = 2,060,400; margin 339,600 / 2,400,000 = 14.15%.
    const m = termCostMargin(smallContract({ termMonths: 24 }), {
      monthlyByYear: [85_000],
      indexation: 0.02,
    });
    expect(m.charges).toBe(2_400_000);
    expect(m.cost).toBeCloseTo(2_060_400, 6);
    expect(m.margin).toBeCloseTo(0.1415, 12);
    expect(termCostMargin(smallContract({ monthlyCharges: 0 }), typed).margin).toBeNaN();
  });

  it('names each problem by its term', () => {
    expect(costBaseIssues(typed)).toEqual([]);
    expect(costBaseIssues({ monthlyByYear: [], indexation: null })).toEqual([
      { field: 'monthlyByYear', message: 'Enter the first year’s monthly cost' },
    ]);
    expect(costBaseIssues({ monthlyByYear: [1, -1], indexation: -1 })).toEqual([
      { field: 'monthlyByYear', message: 'Monthly cost of year 2 must be a number ≥ 0' },
      {
        field: 'indexation',
        message: 'Indexation must be a yearly % above −100%, or empty for none',
      },
    ]);
    expect(costBaseIssues({ monthlyByYear: [NaN], indexation: null })).toHaveLength(1);
  });
});
