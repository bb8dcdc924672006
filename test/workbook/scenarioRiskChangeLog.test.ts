import { type Scenario } from '../../src/engine/simulation/scenario';
import { type OutcomeModel } from '../../src/engine/terms/outcomeModel';
import { diffModels } from '../../src/workbook/changeLog';
import { sampleContract } from '../../src/workbook/sampleModel';

/** The change log names a scenario's correlations and bad month as they change. */

const TIME = new Date('2025-03-01T09:30:00.000Z');
const contract = sampleContract();
const model = (scenario: Scenario): OutcomeModel => ({ contract, scenarios: [scenario] });
const rows = (before: Scenario, after: Scenario) =>
  diffModels(model(before), model(after), TIME).map((e) => [
    e.serviceLevel,
    e.field,
    e.oldValue,
    e.newValue,
  ]);

const base: Scenario = { id: 'base', name: 'Base', assumptions: {} };
const availabilityP1 = { first: 'availability', second: 'p1-resolution' };

describe('the change log of correlations and the bad month', () => {
  it('logs a pair added, changed (in either order) and removed; a pair not listed is 0', () => {
    const correlated = { ...base, correlations: [{ ...availabilityP1, rho: 0.6 }] };
    expect(rows(base, correlated)).toEqual([
      ['', 'Scenario "Base": correlation Availability–P1 resolved within 4h', '0', '0.6'],
    ]);
    const reversed = {
      ...base,
      correlations: [{ first: 'p1-resolution', second: 'availability', rho: -0.25 }],
    };
    expect(rows(correlated, reversed)).toEqual([
      ['', 'Scenario "Base": correlation P1 resolved within 4h–Availability', '0.6', '−0.25'],
    ]);
    expect(rows(correlated, base)).toEqual([
      ['', 'Scenario "Base": correlation Availability–P1 resolved within 4h', '0.6', '0'],
    ]);
    expect(rows(correlated, { ...correlated })).toEqual([]);
  });

  it('logs the bad month’s chance in percent and each drop by service level', () => {
    const bad = { ...base, badMonth: { probability: 0.05, drops: { availability: 0.5 } } };
    expect(rows(base, bad)).toEqual([
      ['', 'Scenario "Base": bad month', 'off', '5 %'],
      ['Availability', 'Scenario "Base": drop in a bad month', '0', '0.5'],
    ]);
    const worse = {
      ...base,
      badMonth: { probability: 0.08, drops: { availability: 0.5, 'p1-resolution': 2 } },
    };
    expect(rows(bad, worse)).toEqual([
      ['', 'Scenario "Base": bad month', '5 %', '8 %'],
      ['P1 resolved within 4h', 'Scenario "Base": drop in a bad month', '0', '2'],
    ]);
    expect(rows(worse, base)).toEqual([
      ['', 'Scenario "Base": bad month', '8 %', 'off'],
      ['Availability', 'Scenario "Base": drop in a bad month', '0.5', '0'],
      ['P1 resolved within 4h', 'Scenario "Base": drop in a bad month', '2', '0'],
    ]);
  });

  it('logs them for a scenario just added, after its "added" entry', () => {
    const added = {
      ...base,
      correlations: [{ ...availabilityP1, rho: 0.6 }],
      badMonth: { probability: 0.1, drops: {} },
    };
    const entries = diffModels({ contract }, model(added), TIME).map((e) => [e.field, e.newValue]);
    expect(entries).toEqual([
      ['Scenario "Base"', 'added'],
      ['Scenario "Base": correlation Availability–P1 resolved within 4h', '0.6'],
      ['Scenario "Base": bad month', '10 %'],
    ]);
  });
});
