import { formatNumber } from '../../src/workbench/cellDisplay';
import { type Evaluated } from '../../src/workbench/formulaEvaluator';
import { cellKey, layoutSheet } from '../../src/workbench/sheetLayout';

const num = (value: number): Evaluated => ({ kind: 'value', value });

describe('layoutSheet', () => {
  it('spills an array result right and down from its formula cell', () => {
    const values: Evaluated = { kind: 'array', values: [[num(1), num(2), num(3)]] };
    const layout = layoutSheet([{ row: 2, col: 1, input: '=X()' }], () => values);
    expect(layout.cells.get(cellKey(2, 1))).toMatchObject({
      text: '1',
      formula: '=X()',
      spilled: false,
    });
    expect(layout.cells.get(cellKey(2, 3))).toMatchObject({
      text: '3',
      formula: null,
      spilled: true,
    });
    expect(layout.cols).toBe(3);
  });

  it('shows #SPILL! when the spill range holds something', () => {
    const values: Evaluated = { kind: 'array', values: [[num(1), num(2)]] };
    const layout = layoutSheet(
      [
        { row: 1, col: 1, input: '=X()' },
        { row: 1, col: 2, input: 'blocker' },
      ],
      () => values,
    );
    expect(layout.cells.get(cellKey(1, 1))?.text).toBe('#SPILL!');
    expect(layout.cells.get(cellKey(1, 2))?.text).toBe('blocker');
  });

  it('applies the number formats the add-in writes', () => {
    const layout = layoutSheet([{ row: 1, col: 1, input: '=A()', numberFormat: '0.0%' }], () =>
      num(-0.255),
    );
    expect(layout.cells.get(cellKey(1, 1))?.text).toBe('-25.5%');
  });
});

describe('formatNumber', () => {
  it.each([
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [0.9975, '0.00%', '99.75%'],
    [12.5, '0', '13'],
    [1.0024120603, 'General', '1.00241206'],
    [46023, 'mmm yyyy', 'Jan 2026'],
    [46053.9, 'mmm yyyy', 'Jan 2026'],
    [7.4, '0.0#', '7.4'],
    [4.25, '0.0#', '4.25'],
    [142, '0.0#', '142.0'],
  ])('%p in %p shows %p', (x, format, shown) => {
    expect(formatNumber(x, format)).toBe(shown);
  });
});
