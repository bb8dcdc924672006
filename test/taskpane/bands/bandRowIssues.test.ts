import { bandRowIssues } from '../../../src/taskpane/bands/bandRowIssues';

describe('bandRowIssues', () => {
  it('marks every row sharing a bound, and rates outside −100%…+100%', () => {
    const issues = bandRowIssues([
      { bound: 99, rate: -1 },
      { bound: 99.5, rate: 1.5 },
      { bound: 99, rate: 0 },
      { bound: 100, rate: -1.01 },
    ]);
    expect(issues).toEqual([
      { bound: 'Duplicate lower bound', rate: undefined },
      { bound: undefined, rate: 'Rate must be between −100% and +100%' },
      { bound: 'Duplicate lower bound', rate: undefined },
      { bound: undefined, rate: 'Rate must be between −100% and +100%' },
    ]);
  });

  it('accepts the limits themselves', () => {
    expect(
      bandRowIssues([
        { bound: 1, rate: -1 },
        { bound: 2, rate: 1 },
      ]),
    ).toEqual([
      { bound: undefined, rate: undefined },
      { bound: undefined, rate: undefined },
    ]);
  });
});
