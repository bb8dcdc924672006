import { createMessageRunner, type WorkerPort } from '../../src/runs/messageRunner';
import { inProcessSimulationRunner } from '../../src/runs/inProcessSimulationRunner';
import { type FromWorker, type ToWorker } from '../../src/runs/simulationMessages';
import { type RunProgress } from '../../src/runs/simulationRequest';
import { normalScenario, request } from '../taskpane/support/negotiationFixtures';

/** A worker stand-in that records what it is sent and answers only when the test says so. */
class SilentPort implements WorkerPort {
  onmessage: ((event: { readonly data: FromWorker }) => void) | null = null;
  onerror: ((event: { readonly message?: string }) => void) | null = null;
  readonly received: ToWorker[] = [];
  terminated = false;
  postMessage(message: ToWorker): void {
    this.received.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  send(message: FromWorker): void {
    this.onmessage?.({ data: message });
  }
}

const progress = (completedTrials: number): RunProgress => ({
  done: completedTrials,
  total: 100,
  stage: 'Simulating',
  completedTrials,
  requestedTrials: 100,
});

describe('the in-process runner', () => {
  it('runs through the worker protocol and reports progress', async () => {
    const seen: RunProgress[] = [];
    const running = inProcessSimulationRunner({ sliceTrials: 100 }).run(request(), (p) =>
      seen.push(p),
    );
    const outcome = await running.result;
    expect(outcome.kind).toBe('completed');
    expect(seen.map((p) => p.completedTrials)).toEqual([100, 200, 300, 400]);
  });

  it('cancels a long run part way', async () => {
    const runner = inProcessSimulationRunner({ sliceTrials: 2_000 });
    let running: ReturnType<typeof runner.run> | null = null;
    running = runner.run(request({ scenarios: [normalScenario()], trials: 1_000_000 }), () =>
      running?.cancel(),
    );
    const outcome = await running.result;
    expect(outcome.kind).toBe('cancelled');
    if (outcome.kind === 'cancelled') expect(outcome.completedTrials).toBeLessThan(1_000_000);
    // The runner is still usable afterwards.
    expect((await runner.run(request(), () => {}).result).kind).toBe('completed');
  });
});

describe('the message runner', () => {
  it('numbers its jobs and routes each message to its own run', async () => {
    const port = new SilentPort();
    const runner = createMessageRunner(() => port);
    const [a, b] = [[] as RunProgress[], [] as RunProgress[]];
    const first = runner.run(request(), (p) => a.push(p));
    const second = runner.run(request(), (p) => b.push(p));
    expect(port.received.map((m) => [m.type, m.jobId])).toEqual([
      ['run', 1],
      ['run', 2],
    ]);
    port.send({ type: 'progress', jobId: 2, progress: progress(10) });
    port.send({ type: 'outcome', jobId: 1, outcome: { kind: 'failed', message: 'one' } });
    port.send({ type: 'outcome', jobId: 2, outcome: { kind: 'failed', message: 'two' } });
    expect(await first.result).toEqual({ kind: 'failed', message: 'one' });
    expect(await second.result).toEqual({ kind: 'failed', message: 'two' });
    expect([a.length, b.length]).toEqual([0, 1]);
  });

  it('sends a cancel, and stops a worker that does not answer in time, settling the run as cancelled', async () => {
    const ports: SilentPort[] = [];
    const runner = createMessageRunner(
      () => {
        ports.push(new SilentPort());
        return ports.at(-1)!;
      },
      { cancelGraceMs: 20 },
    );
    const running = runner.run(request(), () => {});
    ports[0].send({ type: 'progress', jobId: 1, progress: progress(30) });
    running.cancel();
    expect(ports[0].received.at(-1)).toEqual({ type: 'cancel', jobId: 1 });
    expect(await running.result).toEqual({
      kind: 'cancelled',
      completedTrials: 30,
      requestedTrials: 100,
      results: null,
    });
    expect(ports[0].terminated).toBe(true);
    // The next run gets a new worker.
    runner.run(request(), () => {});
    expect(ports).toHaveLength(2);
    expect(ports[1].received[0]).toMatchObject({ type: 'run', jobId: 2 });
  });

  it('keeps the finished comparison when it has to stop a worker busy with an analysis', async () => {
    const port = new SilentPort();
    const runner = createMessageRunner(() => port, { cancelGraceMs: 20 });
    const running = runner.run(request(), () => {});
    // The comparison of a real run, as the worker posts it before the analyses start.
    const real = await inProcessSimulationRunner().run(request(), () => {}).result;
    if (real.kind !== 'completed') throw new Error(real.kind);
    port.send({ type: 'progress', jobId: 1, progress: progress(100) });
    port.send({ type: 'comparison', jobId: 1, results: real.results });
    running.cancel();
    expect(await running.result).toEqual({
      kind: 'cancelled',
      completedTrials: 100,
      requestedTrials: 100,
      results: real.results,
    });
    expect(port.terminated).toBe(true);
  });

  it('turns a worker error into a failed outcome', async () => {
    const port = new SilentPort();
    const running = createMessageRunner(() => port).run(request(), () => {});
    port.onerror?.({ message: 'script error' });
    expect(await running.result).toEqual({
      kind: 'failed',
      message: 'The simulation worker failed: script error',
    });
    expect(port.terminated).toBe(true);
  });

  it('fails the run when the worker cannot be started', async () => {
    const running = createMessageRunner(() => {
      throw new Error('Workers are not allowed here');
    }).run(request(), () => {});
    expect(await running.result).toEqual({
      kind: 'failed',
      message: 'Could not start the simulation: Workers are not allowed here',
    });
  });
});
