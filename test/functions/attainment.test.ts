import { attainment } from '../../src/functions/functions';
import {
  cell,
  column,
  DIV0,
  expectCallError,
  expectError,
  NA,
  NUM,
  row,
  VALUE,
  OMITTED,
} from './excelValues';

describe('OUTCOME.ATTAINMENT', () => {
  it('divides actual by target when higher is better (the default)', () => {
    // 99.7 / 99.5 = 1.00201005025...
    expect(attainment(cell(99.7), cell(99.5), OMITTED)[0][0]).toBeCloseTo(1.0020100503, 10);
    expect(attainment(cell(99.7), cell(99.5), cell('higher'))[0][0]).toBeCloseTo(1.0020100503, 10);
    // 99.5 / 99.5 = 1 exactly: met
    expect(attainment(cell(99.5), cell(99.5), OMITTED)).toEqual([[1]]);
  });

  it('divides target by actual when lower is better', () => {
    // resolution hours: target 4, actual 5 → 4 / 5 = 0.8; actual 3 → 4 / 3 = 1.3333...
    expect(attainment(cell(5), cell(4), cell('lower'))).toEqual([[0.8]]);
    expect(attainment(cell(3), cell(4), cell('lower'))[0][0]).toBeCloseTo(1.3333333333, 10);
  });

  it('reads direction words case-insensitively and ignores surrounding spaces', () => {
    expect(attainment(cell(5), cell(4), cell(' LOWER '))).toEqual([[0.8]]);
    expect(attainment(cell(5), cell(4), cell('Lower is better'))).toEqual([[0.8]]);
    expect(attainment(cell(4), cell(5), cell('High'))).toEqual([[0.8]]);
  });

  it('returns a dynamic array for a range, with a blank where the input is blank', () => {
    // 99 / 99.5 = 0.99497487..., 99.5 / 99.5 = 1, blank → "", 100 / 99.5 = 1.00502512...
    const result = attainment(column(99, 99.5, '', 100, null), cell(99.5), OMITTED);
    expect(result).toHaveLength(5);
    expect(result[0][0]).toBeCloseTo(0.9949748744, 10);
    expect(result[1][0]).toBe(1);
    expect(result[2][0]).toBe('');
    expect(result[3][0]).toBeCloseTo(1.0050251256, 10);
    expect(result[4][0]).toBe('');
  });

  it('pairs ranges of the same size cell by cell, direction included', () => {
    // availability 99.9 vs 99.5 higher → 1.00402010...; hours 3 vs 4 lower → 4/3
    const result = attainment(column(99.9, 3), column(99.5, 4), column('higher', 'lower'));
    expect(result[0][0]).toBeCloseTo(1.0040201005, 10);
    expect(result[1][0]).toBeCloseTo(1.3333333333, 10);
  });

  it('broadcasts a row against a column like Excel', () => {
    // actual row (1, 2) against target column (1, 2): [[1/1, 2/1], [1/2, 2/2]]
    expect(attainment(row(1, 2), column(1, 2), OMITTED)).toEqual([
      [1, 2],
      [0.5, 1],
    ]);
  });

  it('accepts numbers stored as text, including percentages', () => {
    // "99.5%" is 0.995 → 0.995 / 0.995 = 1; "99.7" / 99.5 as above
    expect(attainment(cell('99.5%'), cell(0.995), OMITTED)).toEqual([[1]]);
    expect(attainment(cell('99.7'), cell(99.5), OMITTED)[0][0]).toBeCloseTo(1.0020100503, 10);
    // fractions work the same way: 0.997 / 0.995
    expect(attainment(cell(0.997), cell(0.995), OMITTED)[0][0]).toBeCloseTo(1.0020100503, 10);
  });

  it('gives #DIV/0! for a zero denominator', () => {
    expectError(attainment(cell(99), cell(0), OMITTED)[0][0], DIV0, 'target is 0');
    expectError(attainment(cell(0), cell(4), cell('lower'))[0][0], DIV0, 'actual is 0');
  });

  it('refuses to compare a percentage with a fraction', () => {
    const result = attainment(cell(0.995), cell(99.5), OMITTED);
    expectError(
      result[0][0],
      VALUE,
      'actual and target: 0.995 and 99.5 mix a percentage with a fraction',
    );
  });

  it('rejects an unknown direction for the whole call', () => {
    expectCallError(
      attainment(column(1, 2), cell(1), cell('sideways')),
      VALUE,
      'direction must be higher or lower, not "sideways"',
    );
  });

  it('marks only the bad cell of a range', () => {
    const result = attainment(column(99.5, 'n/a', true, 99), cell(99.5), OMITTED);
    expect(result[0][0]).toBe(1);
    expectError(result[1][0], VALUE, 'actual: "n/a" is not a number');
    expectError(result[2][0], VALUE, 'actual: TRUE is not a number');
    expect(result[3][0]).toBeCloseTo(0.9949748744, 10);
  });

  it('gives #N/A for ranges of different sizes', () => {
    expectCallError(
      attainment(column(1, 2, 3), column(1, 2), OMITTED),
      NA,
      'target is 2×1 but actual is 3×1: ranges must be the same size or a single cell',
    );
  });

  it('gives #NUM! for numbers that are not finite', () => {
    expectError(attainment(column(NaN, 1), cell(1), OMITTED)[0][0], NUM);
    expectCallError(attainment(cell(1), cell(Infinity), OMITTED), NUM);
  });

  it('passes on Excel errors that arrive as inputs', () => {
    const missing = new CustomFunctions.Error(
      CustomFunctions.ErrorCode.notAvailable,
      'no data yet',
    );
    const result = attainment(column(missing, 99.5), cell(99.5), OMITTED);
    expect(result[0][0]).toBe(missing);
    expect(result[1][0]).toBe(1);
    // #REF! cannot be a custom function's output: it becomes #VALUE! naming the input error
    const ref = new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidReference);
    expectCallError(attainment(cell(ref), cell(1), OMITTED), VALUE, '#REF!');
  });

  it('a bad single target makes the whole call an error', () => {
    expectCallError(
      attainment(column(1, 2), cell('abc'), OMITTED),
      VALUE,
      'target: "abc" is not a number',
    );
  });
});
