import * as outcome from '../../src/functions/functions';
import {
  type ExpectedError,
  type FunctionCase,
  infinityCases,
  longTextCases,
  mixedScaleCases,
  sizeLimitCases,
} from '../faults/functionCases';
import { isExcelError } from './excelValues';
import { buildArgs, type CellCounter } from './support/faultArgs';

/**
 * Every function case of test/faults/functionCases.ts, run as Excel calls the function: the
 * result must be exactly the one the case states (numbers to its relative tolerance, errors by
 * code and full message).
 */
jest.setTimeout(60_000);

type AnyFunction = (...args: unknown[]) => unknown;
const call = (c: FunctionCase, args: unknown[]): unknown =>
  (outcome as unknown as Record<string, AnyFunction>)[c.fn.toLowerCase()](...args);

const isExpectedError = (x: unknown): x is ExpectedError =>
  typeof x === 'object' && x !== null && 'error' in x && 'message' in x;

/** A large result stated by its shape and the value of every cell. */
interface EveryCell {
  readonly rows: number;
  readonly cols: number;
  readonly every: unknown;
}
const isEveryCell = (x: unknown): x is EveryCell =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && 'every' in x;

function expectMatch(got: unknown, expected: unknown, relative: number, at: string): void {
  if (isExpectedError(expected)) {
    expect(isExcelError(got)).toBe(true);
    const e = got as CustomFunctions.Error;
    expect({ at, code: e.code, message: e.message }).toEqual({
      at,
      code: expected.error,
      message: expected.message,
    });
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(got)).toBe(true);
    const g = got as unknown[];
    expect({ at, length: g.length }).toEqual({ at, length: expected.length });
    expected.forEach((x, i) => expectMatch(g[i], x, relative, `${at}[${i}]`));
  } else if (typeof expected === 'number' && relative > 0) {
    expect(typeof got).toBe('number');
    const diff = Math.abs((got as number) - expected);
    expect({ at, close: diff <= relative * Math.abs(expected) }).toEqual({ at, close: true });
  } else {
    expect({ at, value: got }).toEqual({ at, value: expected });
  }
}

function expectEveryCell(got: unknown, expected: EveryCell): void {
  const grid = got as unknown[][];
  expect([grid.length, grid[0].length]).toEqual([expected.rows, expected.cols]);
  let differing = 0;
  for (const row of grid) for (const cell of row) if (cell !== expected.every) differing++;
  expect(differing).toBe(0);
}

function runCase(c: FunctionCase, lazy: boolean): CellCounter {
  const counter: CellCounter = { reads: 0 };
  const got = call(c, buildArgs(c.args, lazy, counter));
  if (isEveryCell(c.expected)) expectEveryCell(got, c.expected);
  else expectMatch(got, c.expected, c.relative ?? 0, 'result');
  return counter;
}

describe('band tables whose bounds mix percentages and fractions', () => {
  it.each(mixedScaleCases.map((c) => [c.name, c]))('%s', (_, c) => {
    runCase(c, false);
  });
});

describe('band bounds at ±9.99E307', () => {
  it.each(infinityCases.map((c) => [c.name, c]))('%s', (_, c) => {
    runCase(c, false);
  });
});

describe('size limits', () => {
  it.each(sizeLimitCases.map((c) => [c.name, c]))('%s', (_, c) => {
    const counter = runCase(c, c.readsNoCell);
    // Refused from the arrays' lengths: not one cell read, so the answer costs no work per cell.
    if (c.readsNoCell) expect(counter.reads).toBe(0);
  });
});

describe('long user text in messages', () => {
  it.each(longTextCases.map((c) => [c.name, c]))('%s', (_, c) => {
    runCase(c, false);
  });
});
