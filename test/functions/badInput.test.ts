import { readFileSync } from 'fs';
import path from 'path';
import { isScaleMix } from '../../src/engine/rules/scale';
import { RELATIVE_TOLERANCE } from '../../src/engine/rules/tolerance';
import { earnback, gainshare, payout, status } from '../../src/functions/functions';
import {
  BAD_INPUT,
  type BadInputCell,
  FUNCTIONS,
  type FunctionName,
  type Outcome,
  renderCell,
  SCALAR_FUNCTIONS,
} from './badInputCases';
import { cell, expectError, isExcelError, OMITTED, row, VALUE } from './excelValues';

/**
 * Every cell of the "Bad input" table in docs/functions.md is one test here: the call of
 * badInputCases.ts must give exactly the outcome the docs state, and the docs table must render
 * exactly from that data (last test), so neither can change without the other.
 */
const ROOT = path.resolve(__dirname, '../..');

/** Parameter names of a function from the JSDoc of functions.ts, which the Excel metadata is generated from. */
const FUNCTIONS_SOURCE = readFileSync(path.join(ROOT, 'src/functions/functions.ts'), 'utf8');
function parametersOf(name: FunctionName): string[] {
  const doc = FUNCTIONS_SOURCE.split('/**').find((block) =>
    block.includes(`@customfunction ${name}\n`),
  );
  if (!doc) throw new Error(`no @customfunction ${name} in functions.ts`);
  return [...doc.matchAll(/@param \[?(\w+)/g)].map((m) => m[1]);
}

/** Titles of the tests in largeRanges.test.ts, which runs every function over a million cells. */
const LARGE_RANGE_TESTS = [
  ...readFileSync(path.join(__dirname, 'largeRanges.test.ts'), 'utf8').matchAll(/\bit\('([^']+)'/g),
].map((m) => m[1]);

function expectOutcome(got: unknown, o: Outcome): void {
  switch (o.kind) {
    case 'blank':
      expect(got).toBe('');
      return;
    case 'value':
      if (typeof o.value === 'number' && o.approx) {
        expect(typeof got).toBe('number');
        expect(Math.abs((got as number) - o.value)).toBeLessThanOrEqual(1e-12 * Math.abs(o.value));
      } else {
        expect(got).toBe(o.value);
      }
      return;
    case 'error':
    case 'passedOn':
      expect(isExcelError(got)).toBe(true);
      expect({
        code: (got as CustomFunctions.Error).code,
        message: (got as CustomFunctions.Error).message,
      }).toEqual({
        code: o.code,
        // the docs quote a message in full or by its start
        message:
          o.kind === 'passedOn'
            ? o.message
            : expect.stringMatching(
                new RegExp(`^${o.message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
              ),
      });
      return;
    default:
      throw new Error(`${o.kind} is not a call outcome`);
  }
}

function checkCell(name: FunctionName, c: BadInputCell): void {
  const o = c.outcome;
  if (o.kind === 'notApplicable') {
    const params = parametersOf(name);
    expect(params.length).toBeGreaterThanOrEqual(3);
    expect(params.filter((p) => o.absent.includes(p))).toEqual([]);
    return;
  }
  if (o.kind === 'largeRange') {
    expect(LARGE_RANGE_TESTS.filter((title) => title.includes(name))).toHaveLength(1);
    return;
  }
  if (!c.run) throw new Error('a call outcome needs a call');
  const result = c.run();
  if (SCALAR_FUNCTIONS.includes(name)) {
    expect(Array.isArray(result)).toBe(false);
    expectOutcome(result, o);
    return;
  }
  expect(Array.isArray(result)).toBe(true);
  const grid = result as unknown[][];
  if (c.whole) {
    // The main input had several cells (or none), so a one-cell result is the whole formula failing.
    expect([grid.length, grid[0].length]).toEqual([1, 1]);
    expectOutcome(grid[0][0], o);
    return;
  }
  const [r, k] = c.at ?? [0, 0];
  expectOutcome(grid[r][k], o);
  // An error in one cell spoils only its own result: the result keeps its other cells.
  if (o.kind === 'error' || o.kind === 'passedOn')
    expect(grid.length * grid[0].length).toBeGreaterThan(1);
}

/** The rows of the first table in the "Bad input" section of the docs, as cell texts. */
function docsTable(): string[][] {
  const docs = readFileSync(path.join(ROOT, 'docs/functions.md'), 'utf8');
  const start = docs.indexOf('\n## Bad input\n');
  expect(start).toBeGreaterThanOrEqual(0);
  const section = docs.slice(start + 1).split(/\n## /)[0];
  const lines = section.split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const table: string[][] = [];
  for (let i = first; i < lines.length && lines[i].startsWith('|'); i++) {
    if (i === first + 1) continue; // the | --- | separator
    table.push(
      lines[i]
        .slice(1, -1)
        .split(' | ')
        .map((text) => text.trim()),
    );
  }
  return table;
}

describe('bad input (docs/functions.md, "Bad input")', () => {
  for (const row of BAD_INPUT) {
    describe(row.situation, () => {
      for (const name of FUNCTIONS) {
        const c = row.cells[name];
        it(`${name}: ${renderCell(c)}`, () => checkCell(name, c));
      }
    });
  }

  it('the docs table has exactly these rows, columns and cells', () => {
    const expected = [
      ['Situation', 'Input', ...FUNCTIONS],
      ...BAD_INPUT.map((row) => [
        row.situation,
        row.input,
        ...FUNCTIONS.map((name) => renderCell(row.cells[name])),
      ]),
    ];
    expect(docsTable()).toEqual(expected);
  });
});

describe('tolerance and rounding (docs/functions.md, "Tolerance and rounding")', () => {
  it('the worked example: a 12-month average of 99.5 on paper meets 99.5; real shortfalls miss', () => {
    const months = [
      99.47, 99.86, 99.32, 99.42, 99.52, 99.3, 99.68, 99.42, 99.79, 99.4, 99.36, 99.46,
    ];
    let sum = 0;
    for (const m of months) sum += m;
    const average = sum / 12;
    expect(average).toBe(99.49999999999999);
    expect(RELATIVE_TOLERANCE * 99.5).toBeCloseTo(0.0000000995, 16);
    expect(
      status(row(average, 99.49999991, 99.4999999, 99.4999), cell(99.5), OMITTED, OMITTED),
    ).toEqual([['Met', 'Met', 'Missed', 'Missed']]);
  });

  it('the money examples are returned unrounded', () => {
    expect(earnback(4000, row(99.6, 99.4, 99.8), 99.5, 'prorata', OMITTED)).toBe(
      2666.6666666666665,
    );
    expect(gainshare(cell(900000), cell(1000000), [[0, 0.5]], OMITTED, OMITTED)).toEqual([
      [49999.999999999985],
    ]);
    expect(1.15 - 0.1).toBe(1.0499999999999998);
  });

  it('the percentage-or-fraction rule flags and passes the documented pairs', () => {
    const pairs: [number, number, boolean][] = [
      [99.5, 0.995, true],
      [98, 0.99, true],
      [100, 1, true],
      [-99.5, 0.995, true],
      [99.5, 99, false],
      [0.995, 0.99, false],
      [4, 0.5, false],
      [150, 1.5, false],
    ];
    expect(pairs.map(([a, b]) => [a, b, isScaleMix(a, b)])).toEqual(pairs);
  });

  it('the documented limits of the rule', () => {
    // 105 (a percentage) against attainment bands written as fractions is not caught: the top band
    expect(
      payout(
        cell(105),
        [
          [0.9, -0.1],
          [1, 0],
          [1.05, 0.02],
        ],
        OMITTED,
        OMITTED,
      ),
    ).toEqual([[0.02]]);
    // a backlog of 1 ticket against a lower-is-better level of 80 looks like a mix
    expectError(
      status(cell(1), cell(80), OMITTED, cell('lower'))[0][0],
      VALUE,
      'actual and expected: 1 and 80 mix a percentage with a fraction',
    );
  });
});
