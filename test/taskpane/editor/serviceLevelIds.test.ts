import { newServiceLevelId } from '../../../src/taskpane/editor/serviceLevelIds';

describe('newServiceLevelId', () => {
  it('gives distinct ids with crypto.randomUUID', () => {
    const ids = new Set(Array.from({ length: 50 }, newServiceLevelId));
    expect(ids.size).toBe(50);
  });

  it('gives distinct ids where crypto.randomUUID is missing, as in jsdom', () => {
    const original = globalThis.crypto.randomUUID;
    Object.defineProperty(globalThis.crypto, 'randomUUID', {
      value: undefined,
      configurable: true,
    });
    try {
      const ids = new Set(Array.from({ length: 50 }, newServiceLevelId));
      expect(ids.size).toBe(50);
      expect([...ids][0]).toMatch(/^sl-[0-9a-z]+-\d+$/);
    } finally {
      Object.defineProperty(globalThis.crypto, 'randomUUID', {
        value: original,
        configurable: true,
      });
    }
  });
});
