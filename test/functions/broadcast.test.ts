import {
  allCells,
  broadcastShape,
  cellAt,
  cellReader,
  perItem,
  singleCell,
  toGrid,
  vectorCells,
} from '../../src/functions/broadcast';
import { CallFailure } from '../../src/functions/excelErrors';
import { readNumber } from '../../src/functions/excelArgs';
import { NA, VALUE } from './excelValues';

/** Runs `f` and returns the Excel error of the whole-call failure it throws. */
function callFailure(f: () => unknown): CustomFunctions.Error {
  try {
    f();
  } catch (e) {
    if (e instanceof CallFailure) return e.excelError;
    throw e;
  }
  throw new Error('expected a whole-call failure');
}

describe('broadcast', () => {
  it('toGrid takes 2-D ranges, single values and omitted arguments', () => {
    expect(
      toGrid(
        [
          [1, 2],
          [3, 4],
        ],
        'a',
      ),
    ).toMatchObject({ rows: 2, cols: 2 });
    expect(toGrid(5, 'a')).toMatchObject({ rows: 1, cols: 1, cells: [[5]] });
    expect(toGrid(null, 'a')).toMatchObject({ rows: 1, cols: 1, cells: [[null]] });
    expect(toGrid(undefined, 'a')).toMatchObject({ rows: 1, cols: 1, cells: [[null]] });
    // a 1-D array from a script is one row
    expect(toGrid([1, 2, 3], 'a')).toMatchObject({ rows: 1, cols: 3 });
  });

  it('toGrid rejects empty and ragged ranges', () => {
    expect(callFailure(() => toGrid([], 'bands'))).toMatchObject({
      code: VALUE,
      message: 'bands is an empty range',
    });
    expect(callFailure(() => toGrid([[]], 'bands'))).toMatchObject({
      code: VALUE,
      message: 'bands is an empty range',
    });
    expect(callFailure(() => toGrid([[1, 2], [3]], 'bands'))).toMatchObject({
      code: VALUE,
      message: 'bands is not a rectangular range',
    });
    expect(callFailure(() => toGrid([[1], 2], 'bands'))).toMatchObject({
      code: VALUE,
      message: 'bands is not a rectangular range',
    });
  });

  it('broadcastShape follows Excel: equal sizes pair, single cells, rows and columns repeat', () => {
    const a = toGrid([[1], [2], [3]], 'a');
    const one = toGrid(7, 'one');
    const r = toGrid([[1, 2]], 'r');
    expect(broadcastShape([a, one])).toEqual({ rows: 3, cols: 1 });
    expect(broadcastShape([a, r])).toEqual({ rows: 3, cols: 2 });
    expect(cellAt(r, 2, 1)).toBe(2);
    expect(cellAt(a, 2, 1)).toBe(3);
    expect(cellAt(one, 2, 1)).toBe(7);
  });

  it('broadcastShape gives #N/A for sizes that do not fit', () => {
    const error = callFailure(() =>
      broadcastShape([toGrid([[1], [2], [3]], 'actual'), toGrid([[1], [2]], 'target')]),
    );
    expect(error.code).toBe(NA);
    expect(error.message).toBe(
      'target is 2×1 but actual is 3×1: ranges must be the same size or a single cell',
    );
  });

  it('cellReader reads a single cell once and fails the whole call when it is bad', () => {
    const read = cellReader(toGrid('12', 'x'), (c) => readNumber(c, 'x'));
    expect(read(5, 5)).toBe(12);
    expect(
      callFailure(() => cellReader(toGrid('bad', 'x'), (c) => readNumber(c, 'x'))).message,
    ).toBe('x: "bad" is not a number');
    // in a range only the bad cell is an error
    const cells = cellReader(toGrid([[1, 'bad']], 'x'), (c) => readNumber(c, 'x'));
    expect(cells(0, 0)).toBe(1);
    expect(cells(0, 1)).toBeInstanceOf(CustomFunctions.Error);
  });

  it('singleCell insists on one value', () => {
    expect(singleCell([[3]], 'atRisk')).toBe(3);
    expect(singleCell(3, 'atRisk')).toBe(3);
    expect(callFailure(() => singleCell([[1, 2]], 'atRisk')).message).toBe(
      'atRisk must be a single value, not a 1×2 range',
    );
  });

  it('vectorCells reads a row or a column in order', () => {
    expect(vectorCells(toGrid([[1, 2, 3]], 'p'), 'periods')).toEqual([1, 2, 3]);
    expect(vectorCells(toGrid([[1], [2], [3]], 'p'), 'periods')).toEqual([1, 2, 3]);
    expect(
      callFailure(() =>
        vectorCells(
          toGrid(
            [
              [1, 2],
              [3, 4],
            ],
            'p',
          ),
          'periods',
        ),
      ).message,
    ).toBe('p must be one row or one column of periods, not a 2×2 range');
  });

  it('perItem repeats a single value or takes exactly one per item', () => {
    expect(perItem(toGrid(0.4, 'allocation'), 3, 'service levels')).toEqual([0.4, 0.4, 0.4]);
    expect(perItem(toGrid([[0.1, 0.2, 0.3]], 'allocation'), 3, 'service levels')).toEqual([
      0.1, 0.2, 0.3,
    ]);
    expect(perItem(toGrid([[0.1], [0.2], [0.3]], 'allocation'), 3, 'service levels')).toEqual([
      0.1, 0.2, 0.3,
    ]);
    const error = callFailure(() =>
      perItem(toGrid([[0.1], [0.2]], 'allocation'), 3, 'service levels'),
    );
    expect(error).toMatchObject({
      code: NA,
      message:
        'allocation has 2 cells but there are 3 service levels: give one value or one per service level',
    });
  });

  it('allCells reads row by row', () => {
    expect(
      allCells(
        toGrid(
          [
            [1, 2],
            [3, 4],
          ],
          'h',
        ),
      ),
    ).toEqual([1, 2, 3, 4]);
  });
});
