import { type Contract } from '../../src/engine/terms/contract';
import { createWorkbookOperations } from '../../src/workbook/createWorkbookOperations';
import { samplePerformance } from '../../src/workbook/sampleModel';
import { formulaWorkbook } from './formulaWorkbook';

/** The sample workbook, then the model edited in the pane and written. */
async function sampleThenWrite(edit: (contract: Contract) => Contract) {
  const workbook = formulaWorkbook();
  const operations = createWorkbookOperations(workbook.host);
  const inserted = await operations.insertSampleModel();
  const contract = edit(inserted.contract);
  const saved = await operations.saveModel({ contract }, inserted);
  expect(saved.kind).toBe('saved');
  const read = (sheet: string, address: string) => workbook.host.readRange(sheet, address);
  const summaryRow = async (name: string) =>
    (await read('Summary', 'A1:N60')).find((r) => r[0] === name);
  return { workbook, contract, read, summaryRow };
}

const performance = samplePerformance();

describe('the Performance and Summary sheets follow the written model', () => {
  it('show a changed expected level and allocation, keeping the measurements', async () => {
    const { read, summaryRow } = await sampleThenWrite((c) => ({
      ...c,
      serviceLevels: c.serviceLevels.map((sl) =>
        sl.id === 'availability' ? { ...sl, expected: 99.7, allocation: 0.3 } : sl,
      ),
    }));
    const [row] = await read('Performance', 'A2:Q2');
    expect(row.slice(0, 5)).toEqual(['Availability', 'higher', 99.7, 99, 0.3]);
    expect(row.slice(5)).toEqual(performance.availability);
    // Summary: expected 99.7 beside December's 99.74; Dec attainment 99.74 / 99.7.
    const summary = await summaryRow('Availability');
    expect(summary?.[2]).toBe(99.7);
    expect(summary?.[3]).toBeCloseTo(99.74 / 99.7, 12);
  });

  it('give a new service level its rows, and keep a renamed level’s history', async () => {
    const { read, summaryRow } = await sampleThenWrite((c) => ({
      ...c,
      serviceLevels: [
        ...c.serviceLevels.map((sl) =>
          sl.id === 'csat' ? { ...sl, name: 'User satisfaction' } : sl,
        ),
        { ...c.serviceLevels[0], id: 'change', name: 'Change success', expected: 98 },
      ],
    }));
    const rows = await read('Performance', 'A2:Q8');
    const byName = new Map(rows.map((r) => [r[0], r]));
    expect(byName.get('User satisfaction')?.slice(5)).toEqual(performance.csat);
    expect(byName.get('Change success')?.slice(0, 3)).toEqual(['Change success', 'higher', 98]);
    expect(byName.get('Change success')?.slice(5)).toEqual(Array(12).fill(''));
    expect(byName.has('Customer satisfaction')).toBe(false);
    expect(await summaryRow('Change success')).toBeDefined();
    expect(await summaryRow('User satisfaction')).toBeDefined();
  });

  it('clear the row of a deleted service level and leave no formula that errs', async () => {
    const { workbook, read } = await sampleThenWrite((c) => ({
      ...c,
      serviceLevels: c.serviceLevels.filter((sl) => sl.id !== 'mean-resolution'),
    }));
    const names = (await read('Performance', 'A2:A7')).map((r) => r[0]);
    expect(names).toEqual([
      'Availability',
      'P1 resolved within 4h',
      'Customer satisfaction',
      'Backlog over 30 days',
      '',
      '',
    ]);
    const errors = workbook.host
      .sheetCells('Summary')
      .filter((c) => typeof c.input === 'string' && c.input.startsWith('='))
      .map((c) => [c.address, workbook.resultAt('Summary', c.address)])
      .filter(([, v]) => v instanceof Error || (typeof v === 'string' && v.startsWith('#')));
    expect(errors).toEqual([]);
  });

  it('leave a formula typed among the measurements alone when no row moves', async () => {
    const workbook = formulaWorkbook();
    const operations = createWorkbookOperations(workbook.host);
    const inserted = await operations.insertSampleModel();
    await workbook.host.writeRange('Performance', 'Q2', [['=P2+0.1']]);
    const contract = {
      ...inserted.contract,
      serviceLevels: inserted.contract.serviceLevels.map((sl) =>
        sl.id === 'availability' ? { ...sl, expected: 99.6 } : sl,
      ),
    };
    await operations.saveModel({ contract }, inserted);
    const q2 = workbook.host.sheetCells('Performance').find((c) => c.address === 'Q2');
    expect(q2?.input).toBe('=P2+0.1');
    expect((await workbook.host.readRange('Performance', 'C2'))[0][0]).toBe(99.6);
  });

  it('start the annual incentive cap again in the month the contract year starts', async () => {
    const { workbook } = await sampleThenWrite((c) => ({ ...c, startPeriod: '2025-07' }));
    const rows = await workbook.host.readRange('Summary', 'A1:A60');
    const row = rows.findIndex((r) => r[0] === 'Incentives, within the incentive caps') + 1;
    const formula = (column: string) =>
      workbook.host.sheetCells('Summary').find((c) => c.address === `${column}${row}`)?.input;
    // June counts Jan–May; July starts a contract year (nothing earlier); August counts July.
    expect(formula('G')).toContain(`SUM(B${row}:F${row})`);
    expect(formula('H')).not.toContain('SUM(');
    expect(formula('I')).toContain(`SUM(H${row}:H${row})`);
  });

  it('leave a workbook without the sample’s sheets alone', async () => {
    const workbook = formulaWorkbook();
    const operations = createWorkbookOperations(workbook.host);
    const inserted = await operations.insertSampleModel();
    const other = formulaWorkbook();
    await createWorkbookOperations(other.host).saveModel(inserted, null);
    expect(await other.host.listSheets()).not.toContain('Summary');
    expect(await other.host.listSheets()).not.toContain('Performance');
  });
});
