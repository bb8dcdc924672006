import { repeatedFailures, ruleProblem } from '../../../src/engine/review/repeatedFailures';
import { unwrap } from '../../../src/engine/rules/result';
import { reviewTerm } from '../../../src/engine/review/reviewedTerm';
import { contract, serviceLevel } from '../contractFixtures';
import { actualsFrom } from '../serviceReviewFixtures';

describe('repeatedFailures', () => {
  // a: Jan miss, Feb met, Mar met, Apr miss, May met, Jun below minimum (99.0), Jul not measured.
  // b: met every month.
  const terms = contract([serviceLevel('a', { minimum: 99.2 }), serviceLevel('b')]);
  const term = unwrap(
    reviewTerm(
      terms,
      actualsFrom('2026-01', {
        a: [99.3, 99.6, 99.7, 99.4, 99.8, 99.0],
        b: [99.9, 99.9, 99.9, 99.9, 99.9, 99.9],
      }),
      '2026-01',
    ),
  );

  it('flags 3 misses in the 6 months to June (a below-minimum month counts as a miss)', () => {
    const counts = repeatedFailures(term, 5, { misses: 3, periods: 6 });
    expect(counts[0]).toEqual({ serviceLevel: 0, missedMonths: [0, 3, 5], flagged: true });
    expect(counts[1]).toEqual({ serviceLevel: 1, missedMonths: [], flagged: false });
  });

  it('clears in July: the look-back Feb–Jul holds 2 misses, and July (not measured) is not a miss', () => {
    expect(repeatedFailures(term, 6, { misses: 3, periods: 6 })[0]).toEqual({
      serviceLevel: 0,
      missedMonths: [3, 5],
      flagged: false,
    });
  });

  it('looks back only as far as the contract start', () => {
    expect(repeatedFailures(term, 0, { misses: 1, periods: 6 })[0].flagged).toBe(true);
  });

  it('explains rules that cannot work', () => {
    expect(ruleProblem({ misses: 4, periods: 3 })).toBe('4 misses cannot happen in 3 periods');
    expect(ruleProblem({ misses: 0, periods: 3 })).toBe('Misses must be a whole number ≥ 1');
    expect(ruleProblem({ misses: 1, periods: 1.5 })).toBe(
      'The look-back must be a whole number of periods ≥ 1',
    );
    expect(ruleProblem({ misses: 3, periods: 6 })).toBeNull();
  });
});
