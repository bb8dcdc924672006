/**
 * Adversarial sheets for the browser workbench's formula evaluator and grid: whole-sheet ranges,
 * far cells, formula chains, circles. Exported again from workbenchCases.ts with the storage cases.
 */

/** What a formula cell must show: a value, or an error code (with its message when it matters). */
export type ExpectedCell =
  { readonly value: number | string } | { readonly error: string; readonly message?: string };

/**
 * Cells written into a workbook ("Sheet!A1", or "A1" on Sheet1) and what chosen cells show.
 * Whole-sheet ranges and far cells must neither hang nor be misread.
 */
export interface SheetFormulaCase {
  readonly name: string;
  readonly cells: Readonly<Record<string, string | number>>;
  readonly expected: Readonly<Record<string, ExpectedCell>>;
}

const CIRCULAR = { error: '#REF!', message: 'Circular reference' } as const;
const TOO_LARGE = (range: string, rows: string, cols: string) => ({
  error: '#NUM!',
  message: `${range} holds values across ${rows} rows × ${cols} columns; the workbench evaluates ranges of up to 200,000 cells (from the first cell to the last one holding something).`,
});

export const hugeRangeCases: readonly SheetFormulaCase[] = [
  {
    name: '=SUM(A:A) with a stored cell at XFD1048576 elsewhere: only the cells that exist are read',
    cells: {
      'Data!A1': 1,
      'Data!A2': 2,
      'Data!A3': 3,
      'Data!XFD1048576': 100,
      B1: '=SUM(Data!A:A)',
    },
    expected: { B1: { value: 6 } },
  },
  {
    name: '=SUM(A1:XFD1048576) over a few cells',
    cells: { 'Data!A1': 1, 'Data!A2': 2, 'Data!Z500': 3, A1: '=SUM(Data!A1:XFD1048576)' },
    expected: { A1: { value: 6 } },
  },
  {
    name: '=SUM(A1:XFD1048576) with cells at both corners: refused with #NUM!',
    cells: { 'Data!A1': 1, 'Data!XFD1048576': 5, A1: '=SUM(Data!A1:XFD1048576)' },
    expected: { A1: TOO_LARGE('A1:XFD1048576', '1,048,576', '16,384') },
  },
  {
    name: '=SUM(A:A) with a value in A1048576: refused with #NUM!',
    cells: { 'Data!A1': 1, 'Data!A1048576': 2, A1: '=SUM(Data!A:A)' },
    expected: { A1: TOO_LARGE('A1:A1048576', '1,048,576', '1') },
  },
  {
    name: '=SUM(1:1) over a whole row',
    cells: { 'Data!A1': 4, 'Data!XFD1': 5, A1: '=SUM(Data!1:1)' },
    expected: { A1: { value: 9 } },
  },
  {
    name: 'whole-column lookups keep their positions',
    cells: {
      C1: 'k1',
      D1: 10,
      C2: 'k2',
      D2: 20,
      A1: '=VLOOKUP("k2",C:D,2,FALSE)',
      A2: '=INDEX(D:D,2)',
      A3: '=COUNT(C:D)',
    },
    expected: { A1: { value: 20 }, A2: { value: 20 }, A3: { value: 2 } },
  },
  {
    name: '=ROWS(A:A) and =COLUMNS(1:1) still count the whole sheet',
    cells: { A1: '=ROWS(Data!A:A)', A2: '=COLUMNS(Data!1:1)', 'Data!A1': 1 },
    expected: { A1: { value: 1_048_576 }, A2: { value: 16_384 } },
  },
  {
    name: '=SUM over an empty whole sheet',
    cells: { 'Data!A1': '', A1: '=SUM(Data!A1:XFD1048576)' },
    expected: { A1: { value: 0 } },
  },
];

const chain = (length: number, step: (n: number) => string) =>
  Object.fromEntries(Array.from({ length }, (_, i) => [`A${i + 1}`, step(i + 1)]));

export const formulaChainCases: readonly SheetFormulaCase[] = [
  {
    name: 'a chain of 20,000 formulas, A2 = A1+1 …',
    cells: chain(20_000, (n) => (n === 1 ? '=1' : `=A${n - 1}+1`)),
    expected: { A20000: { value: 20_000 }, A10000: { value: 10_000 } },
  },
  {
    name: 'a chain of 20,000 formulas running upwards, A1 = A2+1 …',
    cells: chain(20_000, (n) => (n === 20_000 ? '=1' : `=A${n + 1}+1`)),
    expected: { A1: { value: 20_000 } },
  },
  {
    name: 'a chain of 20,000 through one-cell ranges, A2 = SUM(A1:A1)+1 …',
    cells: chain(20_000, (n) => (n === 1 ? '=1' : `=SUM(A${n - 1}:A${n - 1})+1`)),
    expected: { A20000: { value: 20_000 } },
  },
  {
    name: 'a diamond: two paths to the same cell are not a circle',
    cells: { A1: 1, B1: '=A1+1', C1: '=A1+B1', D1: '=B1+C1' },
    expected: { D1: { value: 5 } },
  },
  { name: 'a cell referring to itself', cells: { A1: '=A1+1' }, expected: { A1: CIRCULAR } },
  {
    name: 'a circle of two',
    cells: { A1: '=B1+1', B1: '=A1+1', C1: '=A1*2' },
    expected: { A1: CIRCULAR, B1: CIRCULAR, C1: CIRCULAR },
  },
  {
    name: 'a circle closed at the end of a 20,000 chain',
    cells: chain(20_000, (n) => (n === 1 ? '=A20000+1' : `=A${n - 1}+1`)),
    expected: { A20000: CIRCULAR, A1: CIRCULAR },
  },
  {
    name: 'a circle through a range, which SUM alone would skip',
    cells: { A1: 1, B1: '=SUM(A1:B1)' },
    expected: { B1: CIRCULAR },
  },
];

/**
 * A sheet's stored cells and what the grid draws: its rows and columns as "1–10, (11–1048575),
 * 1048576" (a parenthesised run is folded into one "empty" line), and the note under a cap.
 */
export interface SheetGridCase {
  readonly name: string;
  readonly cells: Readonly<Record<string, string | number>>;
  readonly rows: string;
  readonly cols: string;
  readonly note: string | null;
  /** Texts chosen cells show. */
  readonly texts?: Readonly<Record<string, string>>;
}

const filled = (count: number, address: (i: number) => string) =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [address(i + 1), i + 1]));

export const sheetGridCases: readonly SheetGridCase[] = [
  { name: 'an empty sheet', cells: {}, rows: '1–10', cols: '1–6', note: null },
  { name: 'a small sheet', cells: { C12: 1, H2: 2 }, rows: '1–12', cols: '1–8', note: null },
  {
    name: 'a stored cell at XFD1048576: two lines, not seventeen billion cells',
    cells: { A1: 'here', XFD1048576: 'far' },
    rows: '1–10, (11–1048575), 1048576',
    cols: '1–6, (7–16383), 16384',
    note: null,
  },
  {
    name: 'short empty runs are drawn, long ones folded',
    cells: { A1: 1, A31: 2, A53: 3, L1: 4, AY1: 5 },
    rows: '1–31, (32–52), 53',
    cols: '1–12, (13–50), 51',
    note: null,
  },
  {
    name: '1,500 filled rows: the first 1,000 drawn, the rest named',
    cells: filled(1_500, (i) => `A${i}`),
    rows: '1–1000',
    cols: '1–6',
    note: 'Showing rows up to 1,000 and columns up to F; 500 cells holding something lie beyond: A1001, A1002, A1003 and 497 more.',
  },
  {
    name: '150 filled columns: the first 100 drawn, the rest named',
    cells: filled(150, (i) => `${columnName(i)}1`),
    rows: '1–10',
    cols: '1–100',
    note: 'Showing rows up to 10 and columns up to CV; 50 cells holding something lie beyond: CW1, CX1, CY1 and 47 more.',
  },
  {
    name: 'an array formula that would spill past the last row shows #SPILL!',
    cells: { A1048575: '=Data!A1:A3', 'Data!A1': 1, 'Data!A2': 2, 'Data!A3': 3 },
    rows: '1–10, (11–1048574), 1048575',
    cols: '1–6',
    note: null,
    texts: { A1048575: '#SPILL!' },
  },
  {
    name: 'an array formula that fits spills as before',
    cells: { B2: '=Data!A1:A3', 'Data!A1': 1, 'Data!A2': 2, 'Data!A3': 3 },
    rows: '1–10',
    cols: '1–6',
    note: null,
    texts: { B2: '1', B4: '3' },
  },
];

function columnName(n: number): string {
  let name = '';
  for (let left = n; left > 0; left = Math.floor((left - 1) / 26))
    name = String.fromCharCode(65 + ((left - 1) % 26)) + name;
  return name;
}
