import { type RangeArg, type RangeSpec } from '../../faults/functionCases';

/**
 * Builds the arguments of a fault case: RangeSpecs become ranges, either real arrays or lazy ones
 * that hold no cells and count every cell a function reads, so a test can show that a call was
 * refused before it looked at the data (its rows are shared: reading them costs no memory).
 */
export interface CellCounter {
  reads: number;
}

const isRangeArg = (arg: unknown): arg is RangeArg =>
  typeof arg === 'object' && arg !== null && !Array.isArray(arg) && 'range' in arg;

function valueAt(spec: RangeSpec): (r: number, c: number) => unknown {
  const set = new Map((spec.cells ?? []).map(([r, c, v]) => [r * spec.cols + c, v]));
  return (r, c) => {
    const k = r * spec.cols + c;
    return set.has(k) ? set.get(k) : spec.fill;
  };
}

function realRange(spec: RangeSpec): unknown[][] {
  const at = valueAt(spec);
  const rows: unknown[][] = new Array(spec.rows);
  for (let r = 0; r < spec.rows; r++) {
    const row: unknown[] = new Array(spec.cols);
    for (let c = 0; c < spec.cols; c++) row[c] = at(r, c);
    rows[r] = row;
  }
  return rows;
}

const isIndex = (key: string | symbol): key is string =>
  typeof key === 'string' && /^\d+$/.test(key);

/**
 * A range of spec.rows × spec.cols cells of spec.fill (spec.cells are left out: a lazy range is for
 * calls that must not read it) that counts reads of cells, not of rows.
 */
function lazyRange(spec: RangeSpec, counter: CellCounter): unknown[][] {
  // Array targets: Array.isArray and iteration see arrays, as with what Excel passes.
  const row = new Proxy([] as unknown[], {
    get(target, key, receiver) {
      if (key === 'length') return spec.cols;
      if (isIndex(key)) {
        counter.reads++;
        return Number(key) < spec.cols ? spec.fill : undefined;
      }
      return Reflect.get(target, key, receiver);
    },
  });
  return new Proxy([] as unknown[][], {
    get(target, key, receiver) {
      if (key === 'length') return spec.rows;
      if (isIndex(key)) return Number(key) < spec.rows ? row : undefined;
      return Reflect.get(target, key, receiver);
    },
  });
}

/** The case's arguments, with ranges lazy (counting into `counter`) or real. */
export function buildArgs(
  args: readonly unknown[],
  lazy: boolean,
  counter: CellCounter,
): unknown[] {
  return args.map((arg) => {
    if (!isRangeArg(arg)) return arg;
    return lazy ? lazyRange(arg.range, counter) : realRange(arg.range);
  });
}
