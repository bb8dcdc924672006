import { type SimulationConfig } from '../engine/simulation/simulationSetup';
import { type WorkerPort } from './messageRunner';
import { type PoolTask, type PoolTaskAnswer } from './poolTasks';
import { type AnalysisPart } from './runAnalysis';
import { type AnalysisPartOutcome } from './simulationWork';
import { type AnalysisRequest, type SimulationRequest } from './simulationRequest';
import { type SliceOutcome } from './trialSlices';

/**
 * A pool of simulation workers on the page: tasks queue in the order given and each goes to the
 * next idle worker. Workers start when first needed; one that fails or is stopped is replaced on
 * the next task. A cancel drops a run's queued tasks and stops the workers busy with its analyses
 * (an engine call cannot hear a message); trials in flight take a slice's time and are let finish.
 */

export interface WorkerPool {
  readonly size: number;
  trials(owner: number, config: SimulationConfig, from: number, to: number): Promise<SliceOutcome>;
  analysisPart(
    owner: number,
    request: SimulationRequest,
    analysis: AnalysisRequest,
    part: AnalysisPart,
    onProgress: (completed: number, total: number) => void,
  ): Promise<AnalysisPartOutcome>;
  /** Settles the owner's tasks as cancelled. */
  cancel(owner: number): void;
}

type Outcome = SliceOutcome | AnalysisPartOutcome;

/** A task as queued: the worker's job id is given when it is sent. */
type Unnumbered<T> = T extends unknown ? Omit<T, 'jobId'> : never;

interface Task {
  readonly owner: number;
  readonly message: Unnumbered<PoolTask>;
  readonly onProgress: (completed: number, total: number) => void;
  readonly settle: (outcome: Outcome) => void;
  settled: boolean;
}

interface Slot {
  port: WorkerPort | null;
  busy: Task | null;
}

const CANCELLED = { kind: 'cancelled' } as const;
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createWorkerPool(createPort: () => WorkerPort, size: number): WorkerPool {
  const slots: Slot[] = Array.from({ length: size }, () => ({ port: null, busy: null }));
  const queue: Task[] = [];
  let nextTaskId = 1;

  const finish = (task: Task, outcome: Outcome) => {
    if (task.settled) return;
    task.settled = true;
    task.settle(outcome);
  };
  const stopSlot = (slot: Slot) => {
    slot.port?.terminate();
    slot.port = null;
    slot.busy = null;
  };

  const connect = (slot: Slot): WorkerPort => {
    if (slot.port) return slot.port;
    const port = createPort();
    port.onmessage = ({ data }) => {
      const answer = data as PoolTaskAnswer;
      const task = slot.busy;
      if (!task) return;
      if (answer.type === 'partProgress') {
        if (!task.settled) task.onProgress(answer.completed, answer.total);
        return;
      }
      if (answer.type !== 'trialsOutcome' && answer.type !== 'partOutcome') return;
      slot.busy = null;
      finish(task, answer.outcome);
      dispatch();
    };
    port.onerror = (event) => {
      const task = slot.busy;
      stopSlot(slot);
      if (task)
        finish(task, {
          kind: 'failed',
          message: `The simulation worker failed: ${event.message ?? 'unknown error'}`,
        });
      dispatch();
    };
    slot.port = port;
    return port;
  };

  function dispatch() {
    for (const slot of slots) {
      if (slot.busy) continue;
      const task = queue.shift();
      if (!task) return;
      slot.busy = task;
      try {
        connect(slot).postMessage({ ...task.message, jobId: nextTaskId++ } as PoolTask);
      } catch (error) {
        stopSlot(slot);
        finish(task, {
          kind: 'failed',
          message: `Could not start the simulation: ${describe(error)}`,
        });
      }
    }
  }

  const enqueue = <T extends Outcome>(
    owner: number,
    message: Task['message'],
    onProgress: Task['onProgress'] = () => {},
  ) =>
    new Promise<T>((resolve) => {
      const settle = (outcome: Outcome) => resolve(outcome as T);
      queue.push({ owner, message, onProgress, settle, settled: false });
      dispatch();
    });

  return {
    size,
    trials: (owner, config, from, to) =>
      enqueue<SliceOutcome>(owner, { type: 'trials', config, from, to }),
    analysisPart: (owner, request, analysis, part, onProgress) =>
      enqueue<AnalysisPartOutcome>(
        owner,
        { type: 'analysisPart', request, analysis, part },
        onProgress,
      ),
    cancel(owner) {
      for (let i = queue.length - 1; i >= 0; i--)
        if (queue[i].owner === owner) finish(queue.splice(i, 1)[0], CANCELLED);
      for (const slot of slots) {
        const task = slot.busy;
        if (!task || task.owner !== owner) continue;
        finish(task, CANCELLED);
        if (task.message.type === 'analysisPart') stopSlot(slot);
      }
      dispatch();
    },
  };
}
