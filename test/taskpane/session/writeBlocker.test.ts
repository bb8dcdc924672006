import { writeBlocker } from '../../../src/taskpane/session/writeBlocker';

const ready = { phase: 'ready' as const, busy: false, conflict: null, issues: [] };

describe('writeBlocker', () => {
  it('allows writing a valid contract once the workbook was read', () => {
    expect(writeBlocker(ready)).toBeNull();
  });

  it('blocks writing over an unreadable stored model', () => {
    expect(writeBlocker({ ...ready, phase: 'invalid' })).toMatch(/Start fresh/);
  });

  it('blocks while loading, while busy and while a conflict awaits a choice', () => {
    expect(writeBlocker({ ...ready, phase: 'loading' })).not.toBeNull();
    expect(writeBlocker({ ...ready, busy: true })).not.toBeNull();
    expect(
      writeBlocker({ ...ready, conflict: { serviceLevels: ['Availability'], problems: [] } }),
    ).toBe('Choose whose bands to keep first.');
  });

  it('counts the problems and names the tabs where they are', () => {
    const issues = [
      {
        serviceLevelId: null,
        field: 'monthlyCharges',
        message: 'Monthly charges must be a number ≥ 0',
      },
      { serviceLevelId: 'a', field: 'bands', message: 'Bands: duplicate lower bound 99' },
      {
        serviceLevelId: null,
        field: 'poolShare',
        message: 'Allocations total 250%, over the pool of 200%',
      },
    ];
    expect(writeBlocker({ ...ready, issues })).toBe(
      'Fix 3 problems before writing: see Contract, Service levels, Bands.',
    );
    expect(writeBlocker({ ...ready, issues: issues.slice(1, 2) })).toBe(
      'Fix 1 problem before writing: see Bands.',
    );
  });
});
