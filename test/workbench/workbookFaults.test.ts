import { FormulaEvaluator } from '../../src/workbench/formulaEvaluator';
import { type GridLine, gridWindow } from '../../src/workbench/gridWindow';
import { cellKey, layoutSheet } from '../../src/workbench/sheetLayout';
import { parseCell } from '../../src/workbook/cellAddress';
import { MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';
import {
  type ExpectedCell,
  formulaChainCases,
  hugeRangeCases,
  sheetGridCases,
} from '../faults/workbenchCases';

/**
 * Every formula and grid case of test/faults/workbenchCases.ts, in a real in-memory workbook.
 * No timer: a hang would show as jest's timeout, and each refusal names the limit it hit.
 */

const place = (key: string) => {
  const [sheet, address] = key.includes('!') ? key.split('!') : ['Sheet1', key];
  return { sheet, address };
};

async function workbook(cells: Readonly<Record<string, string | number>>) {
  const host = new MemoryWorkbookHost();
  for (const [key, input] of Object.entries(cells)) {
    const { sheet, address } = place(key);
    await host.ensureSheet(sheet);
    await host.writeRange(sheet, address, [[input]]);
  }
  return host;
}

const shown = (expected: ExpectedCell) =>
  'value' in expected
    ? { kind: 'value', value: expected.value }
    : {
        kind: 'error',
        code: expected.error,
        ...(expected.message ? { message: expected.message } : {}),
      };

describe.each([
  ['whole-sheet ranges', hugeRangeCases],
  ['formula chains and circles', formulaChainCases],
])('workbench formulas: %s', (_group, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const evaluator = new FormulaEvaluator(await workbook(c.cells));
    for (const [key, expected] of Object.entries(c.expected)) {
      const { sheet, address } = place(key);
      const { row, col } = parseCell(address);
      expect([key, evaluator.cellAt(sheet, row, col)]).toEqual([
        key,
        expect.objectContaining(shown(expected)),
      ]);
    }
  });
});

describe('workbench grid: sized by the cells that hold something, drawn up to a cap', () => {
  it.each(sheetGridCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const host = await workbook(c.cells);
    const evaluator = new FormulaEvaluator(host);
    const layout = layoutSheet(host.sheetCells('Sheet1'), (row, col) =>
      evaluator.cellAt('Sheet1', row, col),
    );
    const window = gridWindow(layout);
    expect({
      rows: linesText(window.rows),
      cols: linesText(window.cols),
      note: window.note,
    }).toEqual({ rows: c.rows, cols: c.cols, note: c.note });
    for (const [address, text] of Object.entries(c.texts ?? {})) {
      const { row, col } = parseCell(address);
      expect([address, layout.cells.get(cellKey(row, col))?.text]).toEqual([address, text]);
    }
  });
});

/** "1–10, (11–1048575), 1048576": runs of drawn lines, folded runs in parentheses. */
function linesText(lines: readonly GridLine[]): string {
  const parts: string[] = [];
  let run: [number, number] | null = null;
  const close = () => {
    if (run) parts.push(run[0] === run[1] ? `${run[0]}` : `${run[0]}–${run[1]}`);
    run = null;
  };
  for (const line of lines) {
    if (line.kind === 'gap') {
      close();
      parts.push(`(${line.from}–${line.to})`);
    } else if (run && run[1] === line.index - 1) run[1] = line.index;
    else {
      close();
      run = [line.index, line.index];
    }
  }
  close();
  return parts.join(', ');
}
