import {
  initialNegotiation,
  negotiationReducer,
  type NegotiationState,
} from '../../../src/taskpane/editor/negotiationReducer';
import { uniqueName } from '../../../src/taskpane/editor/newNegotiation';
import { editedModel } from '../../../src/taskpane/editor/useModelEditor';
import { serviceLevel, smallContract } from '../support/testContracts';

const contract = smallContract({
  serviceLevels: [
    serviceLevel({ id: 'a', name: 'Availability' }),
    serviceLevel({ id: 'r', name: 'Resolution', expected: 95 }),
  ],
});
const start = (): NegotiationState => initialNegotiation();
const apply = (state: NegotiationState, ...actions: Parameters<typeof negotiationReducer>[1][]) =>
  actions.reduce(negotiationReducer, state);

describe('scenarios', () => {
  it('adds a scenario with each level constant at its expected level, named uniquely, and selects it', () => {
    const s = apply(
      start(),
      { type: 'addScenario', id: 's1', contract },
      { type: 'addScenario', id: 's2', contract },
    );
    expect(s.scenarios).toEqual([
      {
        id: 's1',
        name: 'Scenario 1',
        assumptions: { a: { kind: 'constant', level: 99.5 }, r: { kind: 'constant', level: 95 } },
      },
      {
        id: 's2',
        name: 'Scenario 2',
        assumptions: { a: { kind: 'constant', level: 99.5 }, r: { kind: 'constant', level: 95 } },
      },
    ]);
    expect(s.selectedScenarioId).toBe('s2');
  });

  it('sets and removes one level’s assumption without touching the others', () => {
    const s = apply(
      start(),
      { type: 'addScenario', id: 's1', contract },
      {
        type: 'setAssumption',
        scenarioId: 's1',
        serviceLevelId: 'a',
        assumption: { kind: 'normal', mean: 99.6, sd: 0.2 },
      },
      { type: 'setAssumption', scenarioId: 's1', serviceLevelId: 'r', assumption: null },
    );
    expect(s.scenarios[0].assumptions).toEqual({ a: { kind: 'normal', mean: 99.6, sd: 0.2 } });
  });

  it('renames, and after a delete selects the neighbour', () => {
    const three = apply(
      start(),
      ...['x', 'y', 'z'].map((id) => ({ type: 'addScenario' as const, id, contract })),
      { type: 'selectScenario', id: 'y' },
    );
    const renamed = negotiationReducer(three, {
      type: 'renameScenario',
      id: 'y',
      name: 'Stressed',
    });
    expect(renamed.scenarios.map((s) => s.name)).toEqual(['Scenario 1', 'Stressed', 'Scenario 3']);
    const deleted = negotiationReducer(renamed, { type: 'deleteScenario', id: 'y' });
    expect(deleted.scenarios.map((s) => s.id)).toEqual(['x', 'z']);
    expect(deleted.selectedScenarioId).toBe('z');
    const last = apply(
      deleted,
      { type: 'deleteScenario', id: 'z' },
      { type: 'deleteScenario', id: 'x' },
    );
    expect(last).toEqual({ ...last, scenarios: [], selectedScenarioId: null });
  });

  it('ignores selecting a scenario that is not there', () => {
    const s = apply(start(), { type: 'addScenario', id: 's1', contract });
    expect(negotiationReducer(s, { type: 'selectScenario', id: 'nope' })).toBe(s);
  });
});

describe('proposals', () => {
  it('adds a proposal as a copy of the given contract and edits the copy with contract actions', () => {
    const s = apply(
      start(),
      { type: 'addProposal', id: 'p1', contract },
      { type: 'renameProposal', id: 'p1', name: 'Their counter' },
      {
        type: 'editProposal',
        id: 'p1',
        action: { type: 'updateTerms', changes: { atRiskShare: 0.15 } },
      },
      {
        type: 'editProposal',
        id: 'p1',
        action: { type: 'updateBand', id: 'a', index: 3, changes: { rate: 0.05 } },
      },
    );
    const [p] = s.proposals;
    expect(p.name).toBe('Their counter');
    expect(p.contract.atRiskShare).toBe(0.15);
    expect(p.contract.serviceLevels[0].bands.rows[3]).toEqual({ bound: 99.9, rate: 0.05 });
    expect(p.contract.serviceLevels[1]).toBe(contract.serviceLevels[1]);
    expect(contract.atRiskShare).toBe(0.12);
    expect(s.selectedProposalId).toBe('p1');
  });

  it('deletes a proposal and moves the selection', () => {
    const s = apply(
      start(),
      { type: 'addProposal', id: 'p1', contract },
      { type: 'addProposal', id: 'p2', contract },
      { type: 'deleteProposal', id: 'p2' },
    );
    expect(s.proposals.map((p) => p.name)).toEqual(['Proposal 1']);
    expect(s.selectedProposalId).toBe('p1');
  });
});

describe('replacing the negotiation', () => {
  it('keeps the selection when the selected items survive, else selects the first', () => {
    const s = apply(
      start(),
      { type: 'addScenario', id: 'x', contract },
      { type: 'addScenario', id: 'y', contract },
    );
    const kept = negotiationReducer(s, {
      type: 'replaceNegotiation',
      scenarios: s.scenarios,
      proposals: [],
    });
    expect(kept.selectedScenarioId).toBe('y');
    const other = negotiationReducer(s, {
      type: 'replaceNegotiation',
      scenarios: [{ id: 'q', name: 'Q', assumptions: {} }],
      proposals: [],
    });
    expect(other.selectedScenarioId).toBe('q');
    expect(other.selectedProposalId).toBeNull();
  });

  it('stores a model without empty lists, as before there were scenarios and proposals', () => {
    expect(editedModel(contract, { scenarios: [], proposals: [] })).toEqual({ contract });
    const s = apply(start(), { type: 'addScenario', id: 'x', contract });
    expect(Object.keys(editedModel(contract, s))).toEqual(['contract', 'scenarios']);
  });
});

describe('unique names', () => {
  it('takes the next free number, ignoring case', () => {
    expect(uniqueName('Scenario', [])).toBe('Scenario 1');
    expect(uniqueName('Scenario', [{ name: 'scenario 2' }, { name: 'Other' }])).toBe('Scenario 3');
  });
});

describe('branching and ordering proposals', () => {
  const three = () =>
    apply(
      start(),
      { type: 'addProposal', id: 'a', contract },
      { type: 'addProposal', id: 'b', contract },
      { type: 'renameProposal', id: 'a', name: 'Offer' },
      {
        type: 'editProposal',
        id: 'a',
        action: { type: 'updateTerms', changes: { atRiskShare: 0.2 } },
      },
    );

  it('a copy follows its source, keeps its terms, takes an unused name and the selection', () => {
    const once = apply(three(), { type: 'duplicateProposal', id: 'a', newId: 'c' });
    expect(once.proposals.map((p) => [p.id, p.name])).toEqual([
      ['a', 'Offer'],
      ['c', 'Offer (copy)'],
      ['b', 'Proposal 2'],
    ]);
    expect(once.proposals[1].contract).toBe(once.proposals[0].contract);
    expect(once.selectedProposalId).toBe('c');
    const twice = apply(once, { type: 'duplicateProposal', id: 'a', newId: 'd' });
    expect(twice.proposals[1].name).toBe('Offer (copy 2)');
    // An unknown source changes nothing.
    expect(apply(twice, { type: 'duplicateProposal', id: 'zz', newId: 'e' })).toBe(twice);
  });

  it('moves a proposal one place, and not past either end', () => {
    const state = three();
    const down = apply(state, { type: 'moveProposal', id: 'a', offset: 1 });
    expect(down.proposals.map((p) => p.id)).toEqual(['b', 'a']);
    expect(apply(down, { type: 'moveProposal', id: 'a', offset: 1 }).proposals).toBe(
      down.proposals,
    );
    expect(apply(state, { type: 'moveProposal', id: 'a', offset: -1 }).proposals).toBe(
      state.proposals,
    );
  });
});

describe('proposals that follow the contract', () => {
  const added = () => apply(start(), { type: 'addProposal', id: 'p', contract });
  const edit = (changes: { atRiskShare?: number; poolShare?: number }) =>
    ({
      type: 'editProposal',
      id: 'p',
      action: { type: 'updateTerms', changes },
    }) as const;

  it('starts following the contract, setting no term of its own', () => {
    expect(added().proposals[0]).toEqual({ id: 'p', name: 'Proposal 1', contract, overrides: [] });
  });

  it('makes each edited term its own, and gives one back to the contract on request', () => {
    const edited = apply(added(), edit({ atRiskShare: 0.2 }), edit({ poolShare: 1 }));
    expect(edited.proposals[0].overrides).toEqual(['atRiskShare', 'poolShare']);
    const back = apply(edited, {
      type: 'followContractTerm',
      id: 'p',
      key: 'atRiskShare',
      contract,
    });
    expect(back.proposals[0].overrides).toEqual(['poolShare']);
    expect(back.proposals[0].contract.atRiskShare).toBe(contract.atRiskShare);
    // Typing the value it had before is a change again, and the term its own again.
    const again = apply(back, edit({ atRiskShare: 0.2 }));
    expect(again.proposals[0].overrides).toEqual(['poolShare', 'atRiskShare']);
  });

  it('turns frozen and back without changing a term, and a copy keeps the mode', () => {
    const edited = apply(added(), edit({ atRiskShare: 0.2 }));
    const newer = { ...contract, monthlyCharges: contract.monthlyCharges + 1 };
    const frozen = apply(edited, {
      type: 'setProposalFollows',
      id: 'p',
      follows: false,
      contract: newer,
    });
    // Frozen with the terms it showed: the contract's newer charges, its own at-risk share.
    expect(frozen.proposals[0]).toEqual({
      id: 'p',
      name: 'Proposal 1',
      contract: { ...newer, atRiskShare: 0.2 },
    });
    const following = apply(frozen, {
      type: 'setProposalFollows',
      id: 'p',
      follows: true,
      contract,
    });
    expect(following.proposals[0].overrides).toEqual(['monthlyCharges', 'atRiskShare']);
    const copied = apply(following, { type: 'duplicateProposal', id: 'p', newId: 'c' });
    expect(copied.proposals[1].overrides).toEqual(['monthlyCharges', 'atRiskShare']);
    const frozenCopy = apply(frozen, { type: 'duplicateProposal', id: 'p', newId: 'c' });
    expect('overrides' in frozenCopy.proposals[1]).toBe(false);
  });
});
