import { attainment, payout } from '../../src/functions/functions';
import { excelError } from '../../src/functions/excelErrors';
import { isExcelError, OMITTED } from './excelValues';

/**
 * A range of bad cells costs no more than a range of good ones: cells with the same problem share
 * one error value (no per-cell error objects, no exceptions), and distinct problems keep their own
 * messages however many there are.
 */
const block = (side: number, value: (r: number, c: number) => unknown): unknown[][] =>
  Array.from({ length: side }, (_, r) => Array.from({ length: side }, (__, c) => value(r, c)));

function distinctValues(grid: unknown[][]): Set<unknown> {
  const seen = new Set<unknown>();
  for (const row of grid) for (const x of row) seen.add(x);
  return seen;
}

describe('error values shared between cells', () => {
  it('a 300 × 300 block of "abc" holds one error value', () => {
    const errors = distinctValues(
      attainment(
        block(300, () => 'abc'),
        [[99.5]],
        OMITTED,
      ),
    );
    expect(errors.size).toBe(1);
    const [e] = errors as Set<CustomFunctions.Error>;
    expect([e.code, e.message]).toEqual(['#VALUE!', 'actual: "abc" is not a number']);
  });

  it('a 300 × 300 block of fractions against a percentage holds one error value', () => {
    const errors = distinctValues(
      attainment(
        block(300, () => 0.995),
        [[99.5]],
        OMITTED,
      ),
    );
    expect(errors.size).toBe(1);
    const [e] = errors as Set<CustomFunctions.Error>;
    expect(e.message).toBe(
      'actual and target: 0.995 and 99.5 mix a percentage with a fraction; enter both as percentages (99.5) or both as fractions (0.995)',
    );
  });

  it('3,000 different bad texts each keep their own message', () => {
    const texts = block(60, (r, c) => `text ${r * 60 + c}`).slice(0, 50);
    const result = payout(texts, [[0, 0]], OMITTED, OMITTED);
    let wrong = 0;
    result.forEach((row, r) =>
      row.forEach((x, c) => {
        const ok = isExcelError(x) && x.message === `value: "text ${r * 60 + c}" is not a number`;
        if (!ok) wrong++;
      }),
    );
    expect([result.length * result[0].length, wrong]).toEqual([3000, 0]);
  });

  it('a new runtime Error class gets errors of its own class', () => {
    const runtime = CustomFunctions as unknown as { Error: unknown };
    const original = runtime.Error;
    class RuntimeError {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    }
    const before = excelError('value', 'shared message');
    runtime.Error = RuntimeError;
    try {
      const after = excelError('value', 'shared message');
      expect(after).toBeInstanceOf(RuntimeError);
      expect(after).not.toBe(before);
    } finally {
      runtime.Error = original;
    }
    expect(excelError('value', 'shared message')).toBeInstanceOf(original as typeof Object);
  });
});
