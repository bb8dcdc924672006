import {
  contractEditorReducer,
  type ContractEditorState,
  initialEditorState,
} from '../../../src/taskpane/editor/contractEditorReducer';
import { newContract, uniqueServiceLevelName } from '../../../src/taskpane/editor/newContract';
import { serviceLevel, smallContract } from '../support/testContracts';

const withLevels = (...names: string[]): ContractEditorState =>
  initialEditorState(
    smallContract({
      serviceLevels: names.map((name, i) => serviceLevel({ id: `sl-${i + 1}`, name })),
    }),
  );

const names = (s: ContractEditorState) => s.contract.serviceLevels.map((sl) => sl.name);
const bandsOf = (s: ContractEditorState, id = 'sl-1') =>
  s.contract.serviceLevels.find((sl) => sl.id === id)!.bands;

describe('new contract and service level defaults', () => {
  it('starts a contract with the agreed terms and no service levels', () => {
    expect(newContract()).toEqual({
      name: 'New contract',
      currency: 'EUR',
      monthlyCharges: 100000,
      atRiskShare: 0.12,
      poolShare: 2,
      incentiveCapMonthlyShare: 0.05,
      incentiveCapAnnualShare: null,
      earnback: { mode: 'none', window: 3 },
      ratchet: { method: 'none', maxGapShare: null },
      termMonths: 36,
      serviceLevels: [],
    });
  });

  it('adds a critical availability-style level with step bands and selects it', () => {
    const state = contractEditorReducer(withLevels('A', 'B'), {
      type: 'addServiceLevel',
      id: 'new-id',
    });
    expect(state.selectedId).toBe('new-id');
    expect(state.contract.serviceLevels[2]).toEqual({
      id: 'new-id',
      name: 'Service level 3',
      unit: '%',
      direction: 'higher',
      expected: 99.5,
      minimum: 99,
      allocation: 0.2,
      critical: true,
      bands: {
        basis: 'performance',
        method: 'step',
        rows: [
          { bound: 0, rate: -1 },
          { bound: 99, rate: -0.5 },
          { bound: 99.5, rate: 0 },
          { bound: 99.9, rate: 0.1 },
        ],
      },
    });
  });

  it('skips names already taken, ignoring case', () => {
    const taken = withLevels('service level 2', 'Service Level 3').contract.serviceLevels;
    expect(uniqueServiceLevelName(taken)).toBe('Service level 4');
  });
});

describe('contractEditorReducer', () => {
  it('updates contract terms and keeps the service levels', () => {
    const state = contractEditorReducer(withLevels('A'), {
      type: 'updateTerms',
      changes: { atRiskShare: 0.15, currency: 'USD' },
    });
    expect(state.contract.atRiskShare).toBe(0.15);
    expect(state.contract.currency).toBe('USD');
    expect(names(state)).toEqual(['A']);
  });

  it('renames and updates one service level only', () => {
    let state = contractEditorReducer(withLevels('A', 'B'), {
      type: 'renameServiceLevel',
      id: 'sl-2',
      name: 'Resolution',
    });
    state = contractEditorReducer(state, {
      type: 'updateServiceLevel',
      id: 'sl-2',
      changes: { direction: 'lower', allocation: 0.4 },
    });
    expect(names(state)).toEqual(['A', 'Resolution']);
    expect(state.contract.serviceLevels[1]).toMatchObject({ direction: 'lower', allocation: 0.4 });
    expect(state.contract.serviceLevels[0]).toMatchObject({
      direction: 'higher',
      allocation: 0.25,
    });
  });

  it('moves a level up and down, and leaves the ends alone', () => {
    const start = withLevels('A', 'B', 'C');
    expect(
      names(contractEditorReducer(start, { type: 'moveServiceLevel', id: 'sl-3', offset: -1 })),
    ).toEqual(['A', 'C', 'B']);
    expect(
      names(contractEditorReducer(start, { type: 'moveServiceLevel', id: 'sl-1', offset: 1 })),
    ).toEqual(['B', 'A', 'C']);
    expect(contractEditorReducer(start, { type: 'moveServiceLevel', id: 'sl-1', offset: -1 })).toBe(
      start,
    );
    expect(contractEditorReducer(start, { type: 'moveServiceLevel', id: 'sl-3', offset: 1 })).toBe(
      start,
    );
  });

  it('deletes a level and selects its neighbour', () => {
    let state = contractEditorReducer(withLevels('A', 'B', 'C'), {
      type: 'selectServiceLevel',
      id: 'sl-2',
    });
    state = contractEditorReducer(state, { type: 'deleteServiceLevel', id: 'sl-2' });
    expect(names(state)).toEqual(['A', 'C']);
    expect(state.selectedId).toBe('sl-3');
    state = contractEditorReducer(state, { type: 'deleteServiceLevel', id: 'sl-3' });
    expect(state.selectedId).toBe('sl-1');
    state = contractEditorReducer(state, { type: 'deleteServiceLevel', id: 'sl-1' });
    expect(state.selectedId).toBeNull();
    expect(state.contract.serviceLevels).toEqual([]);
  });

  it('ignores selecting a level that does not exist', () => {
    const start = withLevels('A');
    expect(contractEditorReducer(start, { type: 'selectServiceLevel', id: 'missing' })).toBe(start);
  });

  it('adds a band one band width above the highest bound, at 0%', () => {
    const state = contractEditorReducer(withLevels('A'), { type: 'addBand', id: 'sl-1' });
    expect(bandsOf(state).rows.at(-1)).toEqual({ bound: 100.3, rate: 0 });
  });

  it('adds a first band at 0 when the table is empty', () => {
    let state = withLevels('A');
    for (let i = 0; i < 4; i++)
      state = contractEditorReducer(state, { type: 'removeBand', id: 'sl-1', index: 0 });
    expect(bandsOf(state).rows).toEqual([]);
    state = contractEditorReducer(state, { type: 'addBand', id: 'sl-1' });
    expect(bandsOf(state).rows).toEqual([{ bound: 0, rate: 0 }]);
  });

  it('removes, updates and sorts band rows', () => {
    let state = contractEditorReducer(withLevels('A'), {
      type: 'removeBand',
      id: 'sl-1',
      index: 0,
    });
    expect(bandsOf(state).rows.map((r) => r.bound)).toEqual([99, 99.5, 99.9]);
    state = contractEditorReducer(state, {
      type: 'updateBand',
      id: 'sl-1',
      index: 0,
      changes: { bound: 100, rate: 0.2 },
    });
    expect(bandsOf(state).rows[0]).toEqual({ bound: 100, rate: 0.2 });
    state = contractEditorReducer(state, { type: 'sortBands', id: 'sl-1' });
    expect(bandsOf(state).rows).toEqual([
      { bound: 99.5, rate: 0 },
      { bound: 99.9, rate: 0.1 },
      { bound: 100, rate: 0.2 },
    ]);
  });

  it('switches band method and basis', () => {
    let state = contractEditorReducer(withLevels('A'), {
      type: 'setBandMethod',
      id: 'sl-1',
      method: 'linear',
    });
    state = contractEditorReducer(state, { type: 'setBandBasis', id: 'sl-1', basis: 'attainment' });
    expect(bandsOf(state)).toMatchObject({ method: 'linear', basis: 'attainment' });
  });

  it('keeps the selected level when the replacement still has it', () => {
    const start = contractEditorReducer(withLevels('A', 'B'), {
      type: 'selectServiceLevel',
      id: 'sl-2',
    });
    const reloaded = smallContract({
      serviceLevels: [
        serviceLevel({ id: 'sl-1', name: 'A' }),
        serviceLevel({ id: 'sl-2', name: 'B2' }),
      ],
    });
    expect(
      contractEditorReducer(start, { type: 'replaceContract', contract: reloaded }).selectedId,
    ).toBe('sl-2');
  });

  it('replaces the contract and selects its first level', () => {
    const state = contractEditorReducer(withLevels('A'), {
      type: 'replaceContract',
      contract: newContract(),
    });
    expect(state).toEqual({ contract: newContract(), selectedId: null });
  });

  it('never mutates the previous state', () => {
    const start = withLevels('A', 'B');
    const snapshot = JSON.stringify(start);
    contractEditorReducer(start, {
      type: 'updateBand',
      id: 'sl-1',
      index: 1,
      changes: { rate: -0.7 },
    });
    contractEditorReducer(start, { type: 'moveServiceLevel', id: 'sl-2', offset: -1 });
    contractEditorReducer(start, { type: 'sortBands', id: 'sl-1' });
    expect(JSON.stringify(start)).toBe(snapshot);
  });
});
