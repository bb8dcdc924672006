import { breakEven } from '../../../src/engine/analyses/breakEven';
import { sensitivity } from '../../../src/engine/analyses/sensitivity';
import { simulate } from '../../../src/engine/simulation/monteCarlo';
import { type PerformanceAssumption } from '../../../src/engine/simulation/performanceAssumption';
import { type SimulationConfig } from '../../../src/engine/simulation/simulationSetup';
import { type ServiceLevel } from '../../../src/engine/terms/contract';
import { idKeyCases, type IdKeyCase } from '../../faults/functionCases';
import {
  availability,
  proposal,
  resolution,
  satisfaction,
  scenario,
  testContract,
} from '../simulationFixtures';

/**
 * Every case of idKeyCases: a model whose service-level ids name Object.prototype members gives
 * the same simulation, sensitivity and break-even as the same model with ids a, b, c, d. The
 * assumptions are fixed (constants, a series, a normal without spread), so the figures do not
 * depend on the random streams, which are keyed by id.
 */
const PLAIN: IdKeyCase['ids'] = ['a', 'b', 'c', 'd'];

const backup: ServiceLevel = {
  ...availability,
  id: 'backup',
  name: 'Backup success',
  expected: 99,
  minimum: null,
  allocation: 0.4,
};
const SERVICE_LEVELS = [availability, resolution, satisfaction, backup];
const ASSUMPTIONS: readonly PerformanceAssumption[] = [
  { kind: 'constant', level: 99.2 },
  { kind: 'series', values: [3.5, 4.5, 5.2, 3.9] },
  { kind: 'constant', level: 4.3 },
  { kind: 'normal', mean: 98.7, sd: 0 },
];
const STEPS = [0.1, 0.5, 0.2, 0.3];

/** An id → value record made the way the case says; "json" is JSON text, as the workbook stores it. */
function record<T>(how: IdKeyCase['record'], entries: [string, T][]): Record<string, T> {
  if (how === 'json') {
    const members = entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
    return JSON.parse(`{${members.join(',')}}`) as Record<string, T>;
  }
  if (how === 'fromEntries') return Object.fromEntries(entries);
  const bare = Object.create(null) as Record<string, T>;
  for (const [k, v] of entries) bare[k] = v; // no Object.prototype: "__proto__" is an own key here
  return bare;
}

function pick<T>(
  c: IdKeyCase,
  ids: IdKeyCase['ids'],
  values: readonly T[],
  which: readonly boolean[],
) {
  return record(
    c.record,
    ids.flatMap((id, i): [string, T][] => (which[i] ? [[id, values[i]]] : [])),
  );
}

function model(c: IdKeyCase, ids: IdKeyCase['ids']) {
  const contract = testContract({
    termMonths: 12,
    serviceLevels: SERVICE_LEVELS.map((sl, i) => ({ ...sl, id: ids[i] })),
  });
  const simulation: SimulationConfig = {
    proposals: [proposal('A', contract)],
    scenario: scenario(pick(c, ids, ASSUMPTIONS, c.assumed)),
    trials: 20,
    seed: 7,
  };
  return { simulation, deltas: pick(c, ids, STEPS, c.deltas), first: ids[0] };
}

/** Everything the engine answers about a model, with the model's ids replaced by a, b, c, d. */
function answers(c: IdKeyCase, ids: IdKeyCase['ids']): unknown {
  const { simulation, deltas, first } = model(c, ids);
  const all = {
    simulate: simulate(simulation),
    sensitivity: sensitivity({ simulation, deltas }),
    breakEven: c.assumed[0] ? breakEven({ simulation, serviceLevelId: first }) : null,
  };
  const plainId = new Map(ids.map((id, i) => [id, PLAIN[i]]));
  return JSON.parse(JSON.stringify(all), (_, v: unknown) =>
    typeof v === 'string' ? (plainId.get(v) ?? v) : v,
  );
}

describe('service-level ids that name Object.prototype members', () => {
  it.each(idKeyCases.map((c) => [c.name, c]))('%s', (_, c) => {
    const plain = answers(c, PLAIN) as { simulate: { ok: boolean; error?: { message: string } } };
    // The plain model's own outcome, so a comparison of two failures cannot pass unnoticed.
    if (c.outcome.ok) expect(plain.simulate.ok).toBe(true);
    else expect(plain.simulate.error?.message).toBe(c.outcome.message);
    expect(answers(c, c.ids)).toEqual(plain);
  });

  it('the plain model has money in it: credits, incentives and sensitivity bars', () => {
    const c = idKeyCases[0];
    const result = answers(c, PLAIN) as {
      simulate: {
        value: { proposals: { expectedCredits: number; expectedIncentives: number }[] };
      };
      sensitivity: { value: { bars: unknown[] } };
    };
    const p = result.simulate.value.proposals[0];
    expect(p.expectedCredits).toBeGreaterThan(0);
    expect(result.sensitivity.value.bars.length).toBeGreaterThan(0);
  });
});
