import { MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';
import { FormulaEvaluator } from '../../src/workbench/formulaEvaluator';

async function workbook(cells: Record<string, (string | number | null)[][]>) {
  const host = new MemoryWorkbookHost();
  for (const [sheet, rows] of Object.entries(cells)) {
    await host.ensureSheet(sheet);
    await host.writeRange(sheet, 'A1', rows);
  }
  return { host, evaluator: new FormulaEvaluator(host) };
}

describe('FormulaEvaluator', () => {
  it('evaluates formulas that read other formula cells, also when first reached inside another parse', async () => {
    // B1 = A1*3 = 12; C1 = SUM(1, B1) = 13 — C1 is evaluated first, so B1 is computed in a nested parse.
    const { evaluator } = await workbook({ S: [[4, '=A1*3', '=SUM(1,B1)']] });
    expect(evaluator.cellAt('S', 1, 3)).toEqual({ kind: 'value', value: 13 });
    expect(evaluator.cellAt('S', 1, 2)).toEqual({ kind: 'value', value: 12 });
  });

  it('resolves workbook names and table names (a table name means its data rows)', async () => {
    const { host, evaluator } = await workbook({ S: [[100]] });
    await host.defineName('Charges', '=S!$A$1');
    await host.writeTable({
      name: 'Bands_Avail',
      sheet: 'S',
      topLeft: 'C1',
      headers: ['Lower bound', 'Rate'],
      rows: [
        [0, -1],
        [99.5, 0],
        [99.9, 0.1],
      ],
    });
    await host.writeRange('S', 'A3', [['=Charges*2', '=SUM(Bands_Avail)']]);
    // 100 × 2 = 200; table data C2:D4 = 0 − 1 + 99.5 + 0 + 99.9 + 0.1 = 198.5
    expect(evaluator.cellAt('S', 3, 1)).toEqual({ kind: 'value', value: 200 });
    expect(evaluator.cellAt('S', 3, 2)).toEqual({ kind: 'value', value: 198.5 });
  });

  it('calls OUTCOME functions with Excel conventions: a table as the bands matrix, a cell as a scalar', async () => {
    const { host, evaluator } = await workbook({ S: [[99.7]] });
    await host.writeTable({
      name: 'Bands_Avail',
      sheet: 'S',
      topLeft: 'C1',
      headers: ['Lower bound', 'Rate'],
      rows: [
        [0, -1],
        [99.5, 0],
        [99.9, 0.1],
      ],
    });
    await host.writeRange('S', 'A2', [
      ['=OUTCOME.PAYOUT(A1, Bands_Avail, "linear", 1000)', '=OUTCOME.ATTAINMENT(A1, 99.5)'],
    ]);
    // linear between (99.5, 0) and (99.9, 0.1): 0.2/0.4 × 0.1 = 0.05 → × 1000 = 50
    const payout = evaluator.cellAt('S', 2, 1);
    expect(payout.kind).toBe('value');
    expect(payout.kind === 'value' && (payout.value as number)).toBeCloseTo(50, 9);
    const attainment = evaluator.cellAt('S', 2, 2);
    expect(attainment.kind === 'value' && (attainment.value as number)).toBeCloseTo(
      99.7 / 99.5,
      12,
    );
  });

  it('returns an OUTCOME error with its message, and arrays for range results', async () => {
    const { evaluator } = await workbook({
      S: [
        [99.5, 99.0],
        ['=OUTCOME.ATTAINMENT(A1:B1, 99.5, "sideways")', '=OUTCOME.ATTAINMENT(A1:B1, 99.5)'],
      ],
    });
    const bad = evaluator.cellAt('S', 2, 1);
    expect(bad.kind).toBe('error');
    expect(bad.kind === 'error' && bad.code).toBe('#VALUE!');
    expect(bad.kind === 'error' && bad.message).toMatch(/direction must be higher or lower/);
    const spilled = evaluator.cellAt('S', 2, 2);
    expect(spilled.kind).toBe('array');
    if (spilled.kind === 'array') {
      expect(spilled.values[0][0]).toEqual({ kind: 'value', value: 1 });
      expect(
        spilled.values[0][1].kind === 'value' && (spilled.values[0][1].value as number),
      ).toBeCloseTo(99 / 99.5, 12);
    }
  });

  it('propagates an error in an argument without calling the function, and reports circular references', async () => {
    const { evaluator } = await workbook({
      S: [['=1/0', '=OUTCOME.ATTAINMENT(A1, 2)', '=D1+1', '=C1+1']],
    });
    expect(evaluator.cellAt('S', 1, 2)).toMatchObject({ kind: 'error', code: '#DIV/0!' });
    expect(evaluator.cellAt('S', 1, 3)).toMatchObject({ kind: 'error' });
  });

  it('recomputes after invalidate when inputs change', async () => {
    const { host, evaluator } = await workbook({ S: [[2, '=A1*10']] });
    expect(evaluator.cellAt('S', 1, 2)).toEqual({ kind: 'value', value: 20 });
    await host.writeRange('S', 'A1', [[5]]);
    evaluator.invalidate();
    expect(evaluator.cellAt('S', 1, 2)).toEqual({ kind: 'value', value: 50 });
  });
});
