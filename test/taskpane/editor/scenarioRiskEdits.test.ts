import { type Scenario } from '../../../src/engine/simulation/scenario';
import { negotiationDeletion } from '../../../src/taskpane/editor/deletionUndo';
import {
  initialNegotiation,
  negotiationReducer,
} from '../../../src/taskpane/editor/negotiationReducer';
import {
  scenariosWithKnownLevels,
  withoutMissingLevels,
} from '../../../src/taskpane/editor/scenarioRiskEdits';
import { withDrop } from '../../../src/taskpane/scenarios/badMonthEdits';
import {
  drawsAtRandom,
  inListOrder,
  openPair,
  withoutPair,
  withPairRho,
  withRepairedValues,
} from '../../../src/taskpane/scenarios/correlationEdits';

const base: Scenario = {
  id: 'base',
  name: 'Base',
  assumptions: {
    a: { kind: 'normal', mean: 99.5, sd: 0.2 },
    b: { kind: 'constant', level: 4 },
    c: { kind: 'triangular', min: 1, mode: 2, max: 4 },
  },
  correlations: [
    { first: 'a', second: 'b', rho: 0.6 },
    { first: 'b', second: 'c', rho: 0.3 },
    { first: 'a', second: 'c', rho: -0.2 },
  ],
  badMonth: { probability: 0.05, drops: { a: 0.5, b: 2 } },
};

describe('the correlations and bad month of a scenario, through the reducer', () => {
  const state = initialNegotiation([base]);

  it('sets the pairs, and an empty list leaves the scenario without any', () => {
    const pairs = [{ first: 'a', second: 'c', rho: 0.4 }];
    const set = negotiationReducer(state, {
      type: 'setCorrelations',
      scenarioId: 'base',
      correlations: pairs,
    });
    expect(set.scenarios[0].correlations).toEqual(pairs);
    const cleared = negotiationReducer(set, {
      type: 'setCorrelations',
      scenarioId: 'base',
      correlations: [],
    });
    expect(cleared.scenarios[0].correlations).toBeUndefined();
    expect(cleared.scenarios[0].assumptions).toBe(base.assumptions);
  });

  it('sets and switches off the bad month', () => {
    const set = negotiationReducer(state, {
      type: 'setBadMonth',
      scenarioId: 'base',
      badMonth: { probability: 0.08, drops: { a: 1 } },
    });
    expect(set.scenarios[0].badMonth).toEqual({ probability: 0.08, drops: { a: 1 } });
    const off = negotiationReducer(set, {
      type: 'setBadMonth',
      scenarioId: 'base',
      badMonth: null,
    });
    expect(off.scenarios[0].badMonth).toBeUndefined();
  });

  it('can undo removing a pair and switching the bad month off, not adding one', () => {
    const removeOne = {
      type: 'setCorrelations',
      scenarioId: 'base',
      correlations: withoutPair(base.correlations ?? [], 1),
    } as const;
    const removal = negotiationDeletion(state, removeOne);
    expect(removal?.label).toBe('Removed a correlation from scenario “Base”');
    const removed = negotiationReducer(state, removeOne);
    expect(removed.scenarios[0].correlations).toHaveLength(2);
    const undone = negotiationReducer(removed, removal!.undo);
    expect(undone.scenarios[0].correlations).toEqual(base.correlations);
    const added = [...(base.correlations ?? []), { first: 'b', second: 'd', rho: 0.2 }];
    expect(
      negotiationDeletion(state, {
        type: 'setCorrelations',
        scenarioId: 'base',
        correlations: added,
      }),
    ).toBeNull();
    // The same pair named the other way round is not a removal.
    const reversed = [{ first: 'b', second: 'a', rho: 0.1 }, ...(base.correlations ?? []).slice(1)];
    expect(
      negotiationDeletion(state, {
        type: 'setCorrelations',
        scenarioId: 'base',
        correlations: reversed,
      }),
    ).toBeNull();
    const off = { type: 'setBadMonth', scenarioId: 'base', badMonth: null } as const;
    const offUndo = negotiationDeletion(state, off);
    expect(offUndo?.label).toBe('Turned off the bad month of scenario “Base”');
    expect(negotiationReducer(negotiationReducer(state, off), offUndo!.undo).scenarios[0]).toEqual(
      base,
    );
  });
});

describe('pairs and drops of a service level the model no longer has', () => {
  it('leave the scenario; what names known levels stays', () => {
    expect(withoutMissingLevels(base, new Set(['a', 'c']))).toEqual({
      ...base,
      correlations: [{ first: 'a', second: 'c', rho: -0.2 }],
      badMonth: { probability: 0.05, drops: { a: 0.5 } },
    });
    const alone = withoutMissingLevels(base, new Set(['a']));
    expect(alone.correlations).toBeUndefined();
    expect(alone.badMonth).toEqual({ probability: 0.05, drops: { a: 0.5 } });
  });

  it('keep the same objects when every level is known, so the model is not new', () => {
    const scenarios = [base, { id: 'x', name: 'X', assumptions: {} }];
    const contract = { serviceLevels: [{ id: 'a' }, { id: 'b' }] };
    const proposal = { serviceLevels: [{ id: 'c' }] };
    expect(scenariosWithKnownLevels(scenarios, [contract, proposal])).toBe(scenarios);
    const without = scenariosWithKnownLevels(scenarios, [contract]);
    expect(without).not.toBe(scenarios);
    expect(without[1]).toBe(scenarios[1]);
    expect(without[0].correlations).toEqual([{ first: 'a', second: 'b', rho: 0.6 }]);
  });

  it('"__proto__" as an id is an entry like any other', () => {
    const odd: Scenario = {
      id: 's',
      name: 'S',
      assumptions: {},
      badMonth: {
        probability: 0.1,
        drops: Object.fromEntries([
          ['__proto__', 3],
          ['gone', 1],
        ]),
      },
    };
    const kept = withoutMissingLevels(odd, new Set(['__proto__']));
    expect(Object.entries(kept.badMonth?.drops ?? {})).toEqual([['__proto__', 3]]);
  });
});

describe('pane edits of pairs and drops', () => {
  const levels = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

  it('offers the first two levels not yet paired', () => {
    expect(openPair(levels, [])).toEqual({ first: 'a', second: 'b' });
    expect(openPair(levels, [{ first: 'b', second: 'a', rho: 0.5 }])).toEqual({
      first: 'a',
      second: 'c',
    });
    expect(openPair(levels, base.correlations ?? [])).toEqual({ first: 'a', second: 'b' });
    expect(openPair([{ id: 'a' }], [])).toBeNull();
  });

  it('changes one pair’s correlation', () => {
    expect(withPairRho(base.correlations ?? [], 2, 0.75)[2]).toEqual({
      first: 'a',
      second: 'c',
      rho: 0.75,
    });
  });

  it('correlates only random draws: normal, triangular, resample', () => {
    expect(['a', 'b', 'c', 'missing'].map((id) => drawsAtRandom(base.assumptions, id))).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });

  it('sets a drop, and a drop of 0 takes the level out', () => {
    const bad = base.badMonth!;
    expect(withDrop(bad, 'c', 1.5).drops).toEqual({ a: 0.5, b: 2, c: 1.5 });
    expect(withDrop(bad, 'b', 0).drops).toEqual({ a: 0.5 });
    const proto = withDrop(bad, '__proto__', 2);
    expect(Object.keys(proto.drops)).toEqual(['a', 'b', '__proto__']);
  });
});

describe('“Use these values”, undone like a delete', () => {
  const state = initialNegotiation([base]);
  const repaired = [
    { first: 'a', second: 'b', rho: 0.5 },
    { first: 'a', second: 'c', rho: -0.1 },
    { first: 'b', second: 'c', rho: 0.3 },
  ];

  it('is remembered with a label and puts the entered pairs back', () => {
    const use = {
      type: 'setCorrelations',
      scenarioId: 'base',
      correlations: repaired,
      repair: true,
    } as const;
    const entry = negotiationDeletion(state, use);
    expect(entry?.label).toBe(
      'Replaced the correlations of scenario “Base” with values that can all hold',
    );
    const used = negotiationReducer(state, use);
    expect(used.scenarios[0].correlations).toEqual(repaired);
    expect(negotiationReducer(used, entry!.undo).scenarios[0].correlations).toEqual(
      base.correlations,
    );
    // The same values typed in are not remembered: typing is undone in the field.
    expect(negotiationDeletion(state, { ...use, repair: false })).toBeNull();
  });
});

describe('the repair in the list’s order', () => {
  const entered = [
    { first: 'a', second: 'b', rho: 0.9 },
    { first: 'c', second: 'b', rho: 0.9 },
    { first: 'a', second: 'c', rho: -0.9 },
    { first: 'a', second: 'd', rho: 0 },
  ];
  // As the engine gives them: in the matrix's order, a pair it correlates that was not entered.
  const repaired = [
    { first: 'a', second: 'b', rho: 0.482 },
    { first: 'a', second: 'c', rho: -0.482 },
    { first: 'b', second: 'c', rho: 0.482 },
    { first: 'b', second: 'e', rho: 0.05 },
  ];

  it('writes the values into the pairs where they stand; a new pair last, an emptied one at 0', () => {
    expect(withRepairedValues(entered, repaired)).toEqual([
      { first: 'a', second: 'b', rho: 0.482 },
      { first: 'c', second: 'b', rho: 0.482 },
      { first: 'a', second: 'c', rho: -0.482 },
      { first: 'a', second: 'd', rho: 0 },
      { first: 'b', second: 'e', rho: 0.05 },
    ]);
  });

  it('lists the changes in the order of the pairs', () => {
    expect(inListOrder(entered, repaired).map((p) => p.rho)).toEqual([0.482, 0.482, -0.482, 0.05]);
  });
});
