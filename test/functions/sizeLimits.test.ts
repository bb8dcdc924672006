import { readFileSync } from 'fs';
import path from 'path';
import { broadcastShape, type Grid, toGrid } from '../../src/functions/broadcast';
import { CallFailure } from '../../src/functions/excelErrors';
import { MAX_INPUT_CELLS, MAX_RESULT_CELLS } from '../../src/functions/sizeLimits';

/** The limits at their exact edges, and the docs stating them (the cases are in sizeLimitCases). */

/** A grid of the given size whose cells must not be read: checks work from the dimensions. */
const shell = (label: string, rows: number, cols: number): Grid => ({
  label,
  rows,
  cols,
  get cells(): never {
    throw new Error('a size check read the cells');
  },
});

function failure(f: () => unknown): CustomFunctions.Error | null {
  try {
    f();
    return null;
  } catch (e) {
    if (e instanceof CallFailure) return e.excelError;
    throw e;
  }
}

describe('the result limit', () => {
  it('is a full worksheet column', () => {
    expect(MAX_RESULT_CELLS).toBe(1_048_576);
  });

  it('admits exactly the limit and refuses one row more, from the shapes alone', () => {
    expect(broadcastShape([shell('a', 1, 1024), shell('b', 1024, 1)])).toEqual({
      rows: 1024,
      cols: 1024,
    });
    expect(broadcastShape([shell('a', 1048576, 1)])).toEqual({ rows: 1048576, cols: 1 });
    expect(failure(() => broadcastShape([shell('a', 1, 1024), shell('b', 1025, 1)]))).toEqual(
      expect.objectContaining({
        code: '#VALUE!',
        message:
          'the result would be 1,049,600 cells (1,025×1,024); the limit is 1,048,576, a full worksheet column: give smaller ranges',
      }),
    );
  });

  it('reports ranges that do not fit before their size', () => {
    expect(failure(() => broadcastShape([shell('a', 1, 5000), shell('b', 1, 4000)]))?.code).toBe(
      '#N/A',
    );
  });
});

describe('the input limit', () => {
  it('is two full worksheet columns', () => {
    expect(MAX_INPUT_CELLS).toBe(2 * 1_048_576);
  });

  it('admits a two-column range of 1,048,576 rows and refuses one more row', () => {
    const rowOf2 = [null, null];
    const rows = (n: number) => new Array<unknown[]>(n).fill(rowOf2);
    expect(toGrid(rows(1048576), 'bands')).toMatchObject({ rows: 1048576, cols: 2 });
    expect(failure(() => toGrid(rows(1048577), 'bands'))).toEqual(
      expect.objectContaining({
        code: '#VALUE!',
        message:
          'bands has 2,097,154 cells (1,048,577×2); the limit is 2,097,152, two full worksheet columns',
      }),
    );
  });

  it('counts a one-dimensional array (from a script) as one row', () => {
    const message = failure(() => toGrid(new Array(MAX_INPUT_CELLS + 1).fill(1), 'units'))?.message;
    expect(message).toBe(
      'units has 2,097,153 cells (1×2,097,153); the limit is 2,097,152, two full worksheet columns',
    );
  });
});

describe('docs/functions.md, "Limits"', () => {
  it('states both limits as the code has them', () => {
    const docs = readFileSync(path.resolve(__dirname, '../../docs/functions.md'), 'utf8');
    const section = docs.slice(docs.indexOf('\n## Limits\n')).split(/\n## (?!Limits)/)[0];
    const shown = (n: number) => n.toLocaleString('en-US');
    expect(section).toContain(`| Cells in one result | ${shown(MAX_RESULT_CELLS)} |`);
    expect(section).toContain(`| Cells in one range argument | ${shown(MAX_INPUT_CELLS)} |`);
  });
});
