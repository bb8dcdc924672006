import {
  browserStorage,
  DAMAGED_STORAGE_KEY,
  loadWorkbenchHost,
  persistWorkbenchHost,
  resetWorkbench,
  WORKBENCH_STORAGE_KEY,
} from '../../src/workbench/workbenchStorage';
import { savedStateCases, storageFailureCases } from '../faults/workbenchCases';
import { browserError, TestStorage } from './testStorage';

/** Every saved-workbook and storage case of test/faults/workbenchCases.ts, through the real functions. */

describe('workbench start-up: a saved workbook that cannot be opened never stops the page', () => {
  it.each(savedStateCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const storage = new TestStorage();
    storage.seed(WORKBENCH_STORAGE_KEY, c.saved);
    const opened = loadWorkbenchHost(storage, {});
    expect(opened.problem).toBe(c.problem);
    expect(opened.host.sheetNames()).toEqual(c.sheets);
    if (c.problem === null) {
      expect(storage.peek(WORKBENCH_STORAGE_KEY)).toBe(c.saved);
    } else {
      // Kept aside, not lost; and the main key is free for the new workbook.
      expect(storage.peek(DAMAGED_STORAGE_KEY)).toBe(c.saved);
      expect(storage.peek(WORKBENCH_STORAGE_KEY)).toBeNull();
    }
  });
});

describe('workbench storage that fails: a message, never an exception', () => {
  it.each(storageFailureCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const storage = new TestStorage(c.storage);
    if (c.saved !== null) storage.seed(WORKBENCH_STORAGE_KEY, c.saved);
    if (c.savedAside !== undefined) storage.seed(DAMAGED_STORAGE_KEY, c.savedAside);
    const page = {
      get localStorage(): Storage {
        if (c.storage.throwsOn === 'localStorage') throw browserError(c.storage.error ?? '');
        return storage;
      },
    };
    const usable = browserStorage(page);
    let problem: string | null = null;
    if (c.action === 'reset') {
      resetWorkbench(usable);
    } else {
      const opened = loadWorkbenchHost(usable, {});
      problem = opened.problem;
      if (c.action === 'save a change') {
        expect(problem).toBeNull();
        await opened.host.ensureSheet('Data');
        problem = persistWorkbenchHost(usable, opened.host);
      }
    }
    expect(problem).toBe(c.problem);
    for (const [key, value] of Object.entries(c.stored)) expect(storage.peek(key)).toBe(value);
  });

  it('a save that works after one that did not clears the problem and keeps the change', async () => {
    const storage = new TestStorage({ quotaChars: 400 });
    const opened = loadWorkbenchHost(storage, {});
    await opened.host.ensureSheet('Sheet2');
    expect(persistWorkbenchHost(storage, opened.host)).toBeNull();
    await opened.host.writeRange('Sheet2', 'A1', [['x'.repeat(500)]]);
    expect(persistWorkbenchHost(storage, opened.host)).toMatch(
      /^The last change could not be kept/,
    );
    expect(loadWorkbenchHost(storage, {}).host.sheetNames()).toEqual(['Sheet1', 'Sheet2']);
    await opened.host.writeRange('Sheet2', 'A1', [['short']]);
    expect(persistWorkbenchHost(storage, opened.host)).toBeNull();
    const reloaded = loadWorkbenchHost(storage, {}).host;
    expect(await reloaded.readRange('Sheet2', 'A1')).toEqual([['short']]);
  });
});
