import { status } from '../../src/functions/functions';
import { cell, column, expectCallError, expectError, NA, VALUE, OMITTED } from './excelValues';

// Twelve monthly availabilities whose average is 99.5 in exact arithmetic (sum 1194 / 12) but
// 99.49999999999999 in binary floating point: it must still meet 99.5.
const MONTHS = [99.47, 99.86, 99.32, 99.42, 99.52, 99.3, 99.68, 99.42, 99.79, 99.4, 99.36, 99.46];
function average(values: number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

describe('OUTCOME.STATUS', () => {
  it('higher is better: met at or above expected, missed below, below minimum under the floor', () => {
    // expected 99.5, minimum 99.0
    expect(status(cell(99.7), cell(99.5), cell(99), OMITTED)).toEqual([['Met']]);
    expect(status(cell(99.5), cell(99.5), cell(99), OMITTED)).toEqual([['Met']]); // equal meets
    expect(status(cell(99.2), cell(99.5), cell(99), OMITTED)).toEqual([['Missed']]);
    expect(status(cell(99), cell(99.5), cell(99), OMITTED)).toEqual([['Missed']]); // equal to the minimum meets the minimum
    expect(status(cell(98.9), cell(99.5), cell(99), OMITTED)).toEqual([['Below minimum']]);
  });

  it('lower is better: hours at or under expected are met', () => {
    // expected 4 h, minimum 8 h
    expect(status(cell(4), cell(4), cell(8), cell('lower'))).toEqual([['Met']]);
    expect(status(cell(4.5), cell(4), cell(8), cell('lower'))).toEqual([['Missed']]);
    expect(status(cell(8), cell(4), cell(8), cell('lower'))).toEqual([['Missed']]);
    expect(status(cell(9), cell(4), cell(8), cell('lower'))).toEqual([['Below minimum']]);
  });

  it('does not flip on floating-point noise', () => {
    const avg = average(MONTHS);
    expect(avg).toBeLessThan(99.5); // the noise is real
    expect(status(cell(avg), cell(99.5), OMITTED, OMITTED)).toEqual([['Met']]);
    // 0.1 + 0.2 = 0.30000000000000004 still meets a lower-is-better 0.3
    expect(status(cell(0.1 + 0.2), cell(0.3), OMITTED, cell('lower'))).toEqual([['Met']]);
  });

  it('without a minimum, any miss is "Missed"', () => {
    expect(status(cell(50), cell(99.5), OMITTED, OMITTED)).toEqual([['Missed']]);
    expect(status(cell(50), cell(99.5), cell(''), OMITTED)).toEqual([['Missed']]);
  });

  it('evaluates a table of service levels, each with its own level, minimum and direction', () => {
    // row 1: availability 99.2 vs 99.5, floor 99 → Missed
    // row 2: hours 9 vs 4 (lower), floor 8 → Below minimum
    // row 3: satisfaction 4.1 vs 4.0, no floor → Met
    // row 4: not measured yet → blank
    const result = status(
      column(99.2, 9, 4.1, ''),
      column(99.5, 4, 4, 95),
      column(99, 8, '', ''),
      column('higher', 'lower', '', 'higher'),
    );
    expect(result).toEqual([['Missed'], ['Below minimum'], ['Met'], ['']]);
  });

  it('broadcasts a single level over a range of months', () => {
    expect(status([[99.6, 99.4, 98.5, '']], cell(99.5), cell(99), OMITTED)).toEqual([
      ['Met', 'Missed', 'Below minimum', ''],
    ]);
  });

  it('accepts numbers stored as text', () => {
    expect(status(cell('99.5%'), cell(0.995), OMITTED, OMITTED)).toEqual([['Met']]);
    expect(status(cell(' 99.4 '), cell('99.5'), OMITTED, OMITTED)).toEqual([['Missed']]);
  });

  it('flags a minimum better than the expected level: usually a forgotten "lower"', () => {
    // hours: expected 4, minimum 8, but direction omitted (higher)
    expectError(
      status(cell(5), cell(4), cell(8), OMITTED)[0][0],
      VALUE,
      'minimum 8 is better than expected 4 for higher is better; check direction',
    );
  });

  it('refuses to mix percentages and fractions', () => {
    expectError(
      status(cell(0.992), cell(99.5), OMITTED, OMITTED)[0][0],
      VALUE,
      'actual and expected: 0.992 and 99.5 mix a percentage with a fraction',
    );
    expectError(
      status(cell(99.2), cell(99.5), cell(0.99), OMITTED)[0][0],
      VALUE,
      'minimum and expected: 0.99 and 99.5 mix',
    );
  });

  it('reports bad inputs', () => {
    expectCallError(
      status(cell(1), cell(1), OMITTED, cell('up')),
      VALUE,
      'direction must be higher or lower, not "up"',
    );
    expectError(
      status(column(99.6, false), cell(99.5), OMITTED, OMITTED)[1][0],
      VALUE,
      'actual: FALSE is not a number',
    );
    expectCallError(
      status(column(1, 2), column(1, 2, 3), OMITTED, OMITTED),
      NA,
      'ranges must be the same size or a single cell',
    );
  });
});
