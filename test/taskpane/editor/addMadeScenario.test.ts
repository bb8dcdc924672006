import { type Scenario } from '../../../src/engine/simulation/scenario';
import {
  initialNegotiation,
  negotiationReducer,
} from '../../../src/taskpane/editor/negotiationReducer';
import { distinctName } from '../../../src/taskpane/editor/newNegotiation';

const made: Scenario = {
  id: 'scenario-fit',
  name: 'As measured, last 12 months',
  assumptions: { avail: { kind: 'normal', mean: 99.6, sd: 0.2, rho: 0.3 } },
  correlations: [{ first: 'avail', second: 'hours', rho: 0.4 }],
};

describe('adding a scenario made elsewhere', () => {
  it('adds it last, as made, and selects it', () => {
    const before = initialNegotiation([{ id: 's1', name: 'Base', assumptions: {} }]);
    const after = negotiationReducer(before, { type: 'addMadeScenario', scenario: made });
    expect(after.scenarios).toEqual([before.scenarios[0], made]);
    expect(after.selectedScenarioId).toBe('scenario-fit');
  });

  it('gives it a name no other scenario has', () => {
    const before = initialNegotiation([
      { id: 's1', name: 'as measured, last 12 months', assumptions: {} },
      { id: 's2', name: 'As measured, last 12 months (2)', assumptions: {} },
    ]);
    const after = negotiationReducer(before, { type: 'addMadeScenario', scenario: made });
    expect(after.scenarios[2].name).toBe('As measured, last 12 months (3)');
    expect(distinctName('Fresh', before.scenarios)).toBe('Fresh');
  });
});
