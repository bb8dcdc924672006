import { MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';
import {
  loadWorkbenchHost,
  persistWorkbenchHost,
  resetWorkbench,
  WORKBENCH_STORAGE_KEY,
} from '../../src/workbench/workbenchStorage';
import { TestStorage as MapStorage } from './testStorage';

describe('workbench storage', () => {
  it('restores sheets, tables, names and the stored model document after a reload', async () => {
    const storage = new MapStorage();
    const host = new MemoryWorkbookHost();
    await host.ensureSheet('Contract');
    await host.writeTable({
      name: 'Bands_Availability',
      sheet: 'Contract',
      topLeft: 'A1',
      headers: ['Lower bound', 'Rate'],
      rows: [[99.5, 0]],
    });
    await host.defineName('OM_AtRiskAmount', '=Contract!$D$1');
    await host.writeStoredDocument('OutcomeModeler.model', '{"format":"outcome-modeler"}');
    expect(persistWorkbenchHost(storage, host)).toBeNull();

    const { host: reloaded, problem } = loadWorkbenchHost(storage, {});
    expect(problem).toBeNull();
    expect(reloaded.sheetNames()).toEqual(['Sheet1', 'Contract']);
    expect((await reloaded.readTable('Bands_Availability'))?.rows).toEqual([[99.5, 0]]);
    expect(reloaded.resolveName('OM_AtRiskAmount')).toEqual({ sheet: 'Contract', address: 'D1' });
    expect(await reloaded.readStoredDocument('OutcomeModeler.model')).toBe(
      '{"format":"outcome-modeler"}',
    );
  });

  it('keeps a damaged save aside instead of losing it, and starts a new workbook', () => {
    const storage = new MapStorage();
    storage.setItem(WORKBENCH_STORAGE_KEY, '{not json');
    const { host } = loadWorkbenchHost(storage, {});
    expect(host.sheetNames()).toEqual(['Sheet1']);
    expect(storage.getItem(WORKBENCH_STORAGE_KEY)).toBeNull();
    expect(storage.getItem(`${WORKBENCH_STORAGE_KEY}.damaged`)).toBe('{not json');
  });

  it('reset forgets the saved workbook', () => {
    const storage = new MapStorage();
    persistWorkbenchHost(storage, new MemoryWorkbookHost());
    resetWorkbench(storage);
    expect(storage.getItem(WORKBENCH_STORAGE_KEY)).toBeNull();
  });
});
