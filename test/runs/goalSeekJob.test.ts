import { goalSeek, type GoalSeekRequest } from '../../src/engine/analyses/goalSeek';
import { unwrap } from '../../src/engine/rules/result';
import { type GoalSeekProgress } from '../../src/runs/goalSeekJob';
import { inProcessSimulationRunner } from '../../src/runs/inProcessSimulationRunner';
import { createMessageRunner, type WorkerPort } from '../../src/runs/messageRunner';
import {
  createSimulationMessageHandler,
  type FromWorker,
  type ToWorker,
} from '../../src/runs/simulationMessages';
import { type RunningGoalSeek } from '../../src/runs/simulationRunner';
import { config } from '../engine/simulationFixtures';

/** At-risk share at which the fixture contract's expected net is −60,000 (about 14%). */
const seekRequest = (over: Partial<GoalSeekRequest> = {}): GoalSeekRequest => ({
  simulation: config({ trials: 500 }),
  term: { kind: 'atRiskShare' },
  figure: 'expectedNet',
  target: -60_000,
  ...over,
});

const noPause = () => Promise.resolve();

describe('a goal seek through the worker protocol', () => {
  it('finds what the engine finds, reporting every simulation as it goes', async () => {
    const seen: GoalSeekProgress[] = [];
    const runner = inProcessSimulationRunner();
    const running = (runner.goalSeek as NonNullable<typeof runner.goalSeek>)(seekRequest(), (p) =>
      seen.push(p),
    );
    const outcome = await running.result;
    const direct = unwrap(goalSeek(seekRequest()));
    expect(outcome).toEqual({ kind: 'found', result: direct });
    expect(seen.map((p) => p.evaluations)).toEqual(
      Array.from({ length: direct.evaluations }, (_, i) => i + 1),
    );
    // The value found is one the search simulated and reported, with the figure there.
    expect(seen).toContainEqual({
      evaluations: expect.any(Number),
      value: direct.value,
      figure: direct.reached,
    });
  });

  it('says why when the target is out of reach or the request is wrong', async () => {
    const runner = inProcessSimulationRunner();
    const seek = runner.goalSeek as NonNullable<typeof runner.goalSeek>;
    const far = await seek(seekRequest({ target: 1e9 }), () => {}).result;
    expect(far.kind === 'failed' && far.message).toMatch(
      /^The expected net does not reach 1,000,000,000 USD for At-risk % between 0% and 100%/,
    );
    const wrong = await seek(
      seekRequest({ term: { kind: 'allocation', serviceLevelId: 'nope' } }),
      () => {},
    ).result;
    expect(wrong).toEqual({
      kind: 'failed',
      message: 'No service level with id "nope" in Test contract',
    });
  });

  it('cancels between simulations, and the runner goes on working', async () => {
    const runner = inProcessSimulationRunner();
    const seek = runner.goalSeek as NonNullable<typeof runner.goalSeek>;
    const seen: GoalSeekProgress[] = [];
    let running: RunningGoalSeek | null = null;
    running = seek(seekRequest(), (p) => {
      seen.push(p);
      if (p.evaluations === 2) running?.cancel();
    });
    expect(await running.result).toEqual({ kind: 'cancelled' });
    expect(seen).toHaveLength(2);
    expect((await seek(seekRequest(), () => {}).result).kind).toBe('found');
  });
});

describe('the worker handler and the message runner', () => {
  it('posts progress then exactly one outcome, under the job id', async () => {
    const posted: FromWorker[] = [];
    const handle = createSimulationMessageHandler((m) => posted.push(m), noPause);
    handle({ type: 'goalSeek', jobId: 7, request: seekRequest({ target: 1e9 }) });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(posted.map((m) => `${m.type}:${m.jobId}`)).toEqual([
      'goalSeekProgress:7',
      'goalSeekProgress:7',
      'goalSeekOutcome:7',
    ]);
  });

  it('stops a lone goal seek that does not answer a cancel in time', async () => {
    const received: ToWorker[] = [];
    let terminated = false;
    const port: WorkerPort = {
      onmessage: null,
      onerror: null,
      postMessage: (m) => received.push(m),
      terminate: () => (terminated = true),
    };
    const runner = createMessageRunner(() => port, { cancelGraceMs: 10 });
    const running = (runner.goalSeek as NonNullable<typeof runner.goalSeek>)(
      seekRequest(),
      () => {},
    );
    running.cancel();
    expect(await running.result).toEqual({ kind: 'cancelled' });
    expect(received.map((m) => m.type)).toEqual(['goalSeek', 'cancel']);
    expect(terminated).toBe(true);
  });

  it('fails a goal seek when the worker fails', async () => {
    const port: WorkerPort = {
      onmessage: null,
      onerror: null,
      postMessage: () => {},
      terminate: () => {},
    };
    const runner = createMessageRunner(() => port);
    const running = (runner.goalSeek as NonNullable<typeof runner.goalSeek>)(
      seekRequest(),
      () => {},
    );
    port.onerror?.({ message: 'out of memory' });
    expect(await running.result).toEqual({
      kind: 'failed',
      message: 'The simulation worker failed: out of memory',
    });
  });
});
