import {
  createSimulationMessageHandler,
  type FromWorker,
  type ToWorker,
} from '../../src/runs/simulationMessages';
import { type RunOutcome } from '../../src/runs/simulationRequest';
import { normalScenario, request } from '../taskpane/support/negotiationFixtures';

/** The worker's handler with its messages collected, and a promise of the first outcome. */
function worker(sliceTrials?: number) {
  const messages: FromWorker[] = [];
  let settle: (outcome: RunOutcome) => void = () => {};
  const outcome = new Promise<RunOutcome>((resolve) => (settle = resolve));
  const onMessage: ((m: FromWorker) => void)[] = [];
  const handle = createSimulationMessageHandler(
    (m) => {
      messages.push(m);
      onMessage.forEach((listener) => listener(m));
      if (m.type === 'outcome') settle(m.outcome);
    },
    undefined,
    sliceTrials,
  );
  return { handle, messages, outcome, onMessage };
}

describe('the simulation worker message handler', () => {
  it('answers a run with progress messages and one completed outcome, all for its job', async () => {
    const w = worker(50);
    w.handle({ type: 'run', jobId: 4, request: request() });
    const outcome = await w.outcome;
    expect(outcome.kind).toBe('completed');
    expect(w.messages.every((m) => m.jobId === 4)).toBe(true);
    const progress = w.messages.filter((m) => m.type === 'progress');
    expect(progress).toHaveLength(8);
    expect(w.messages.filter((m) => m.type === 'outcome')).toHaveLength(1);
    expect(w.messages.at(-1)?.type).toBe('outcome');
  });

  it('hears a cancel while the run is going and answers with a cancelled outcome short of the trials asked for', async () => {
    const w = worker(1_000);
    // Cancel as soon as the first slice reports: the message arrives while the job is running.
    w.onMessage.push((m) => {
      if (m.type === 'progress' && m.progress.completedTrials === 1_000)
        w.handle({ type: 'cancel', jobId: 1 });
    });
    w.handle({
      type: 'run',
      jobId: 1,
      request: request({ scenarios: [normalScenario()], trials: 1_000_000 }),
    });
    const outcome = await w.outcome;
    if (outcome.kind !== 'cancelled') throw new Error(`expected cancelled, got ${outcome.kind}`);
    expect(outcome.completedTrials).toBeGreaterThanOrEqual(1_000);
    expect(outcome.completedTrials).toBeLessThan(outcome.requestedTrials);
    expect(outcome.requestedTrials).toBe(1_000_000);
    expect(outcome.results).toBeNull();
  });

  it('posts an engine error as a failed outcome', async () => {
    const w = worker();
    w.handle({ type: 'run', jobId: 2, request: request({ trials: 0 }) });
    expect(await w.outcome).toEqual({
      kind: 'failed',
      message: expect.stringContaining('Trials must be a whole number from 1 to 1,000,000, not 0'),
    });
    expect(w.messages).toHaveLength(1);
  });

  it('posts an unexpected exception as a failed outcome rather than going silent', async () => {
    const w = worker();
    // A proposal without a contract makes the engine throw: a bug, still answered.
    const broken = request({ proposals: [{ id: 'x', name: 'X' } as never] });
    w.handle({ type: 'run', jobId: 3, request: broken });
    expect(await w.outcome).toEqual({
      kind: 'failed',
      message: expect.stringMatching(/^The simulation stopped unexpectedly: /),
    });
  });

  it('answers a message it does not understand with a failed outcome', () => {
    const w = worker();
    w.handle({ type: 'simulate', jobId: 9 } as unknown as ToWorker);
    expect(w.messages).toEqual([
      {
        type: 'outcome',
        jobId: 9,
        outcome: {
          kind: 'failed',
          message: 'The simulation worker received a message it does not understand',
        },
      },
    ]);
  });

  it('ignores a cancel for a job that is not running', () => {
    const w = worker();
    w.handle({ type: 'cancel', jobId: 77 });
    expect(w.messages).toEqual([]);
  });
});
