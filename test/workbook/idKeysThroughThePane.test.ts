import { simulate } from '../../src/engine/simulation/monteCarlo';
import { type OutcomeModel } from '../../src/engine/terms/outcomeModel';
import {
  negotiationReducer,
  initialNegotiation,
} from '../../src/taskpane/editor/negotiationReducer';
import { sensitivitySteps } from '../../src/taskpane/compare/sensitivitySteps';
import { createWorkbookOperations } from '../../src/workbook/createWorkbookOperations';
import { MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';
import { sampleContract } from '../../src/workbook/sampleModel';

/**
 * Service-level ids that name object members, from the pane's scenario editor through the stored
 * model and back: the scenario keeps an assumption for each, and simulates as with plain ids.
 * (zod's record dropped a "__proto__" key unchecked; assigning record["__proto__"] set a prototype.)
 */
const NOW = new Date('2026-03-01T09:30:00Z');
const IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];

function modelWithIds(ids: readonly string[]): OutcomeModel {
  const sample = sampleContract();
  const contract = {
    ...sample,
    serviceLevels: sample.serviceLevels.slice(0, 4).map((sl, i) => ({ ...sl, id: ids[i] })),
  };
  let state = negotiationReducer(initialNegotiation(), { type: 'addScenario', id: 's', contract });
  contract.serviceLevels.forEach((sl, i) => {
    state = negotiationReducer(state, {
      type: 'setAssumption',
      scenarioId: 's',
      serviceLevelId: sl.id,
      assumption: { kind: 'constant', level: sl.expected - 0.1 * (i + 1) },
    });
  });
  return { contract, scenarios: state.scenarios };
}

it('keeps every assumption through the scenario editor, a save and a load', async () => {
  const model = modelWithIds(IDS);
  expect(Object.keys(model.scenarios?.[0].assumptions ?? {})).toEqual(IDS);
  const operations = createWorkbookOperations(new MemoryWorkbookHost(), () => NOW);
  await operations.saveModel(model, null);
  const loaded = await operations.loadModel();
  if (loaded.kind !== 'ok') throw new Error(loaded.kind);
  expect(Object.keys(loaded.model.scenarios?.[0].assumptions ?? {})).toEqual(IDS);
  expect(loaded.model).toEqual(model);
});

it('simulates, and steps the sensitivity, exactly as the same model with plain ids', () => {
  const named = modelWithIds(IDS);
  const plain = modelWithIds(['a', 'b', 'c', 'd']);
  const run = (m: OutcomeModel) =>
    simulate({
      proposals: [{ id: 'p', name: 'Contract', contract: m.contract }],
      scenario: m.scenarios![0],
      trials: 10,
      seed: 1,
    });
  const [a, b] = [run(named), run(plain)];
  if (!a.ok || !b.ok) throw new Error('simulation failed');
  expect(a.value.proposals[0].net.mean).toBe(b.value.proposals[0].net.mean);
  expect(Object.values(sensitivitySteps(named.contract, named.scenarios![0]))).toEqual(
    Object.values(sensitivitySteps(plain.contract, plain.scenarios![0])),
  );
});
