import { parentPort } from 'node:worker_threads';
import { runTrials } from '../src/engine/simulation/monteCarlo';
import { referenceProposal, referenceScenario } from '../src/engine/simulation/referenceContract';
import { unwrap } from '../src/engine/rules/result';

/** A benchmark worker: runs the trial range it is sent and posts back the mergeable partial result. */
parentPort?.on('message', ({ trials, from, to }: { trials: number; from: number; to: number }) => {
  const partial = unwrap(
    runTrials(
      {
        proposals: [referenceProposal()],
        scenario: referenceScenario(),
        trials,
        seed: 1,
        progressEvery: trials,
      },
      from,
      to,
    ),
  );
  parentPort?.postMessage(partial);
});
