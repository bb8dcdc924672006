/**
 * Hand-run timing of the Monte Carlo engine on the docs/benchmark-model.md reference contract (not a test).
 * Run: npx tsc --outDir /tmp/om-perf --module commonjs --target es2020 --skipLibCheck test/engine/perf/monteCarloPerf.ts
 *      && node /tmp/om-perf/test/engine/perf/monteCarloPerf.js [trials] [repeats]
 */
import { simulate } from '../../../src/engine/simulation/monteCarlo';
import {
  referenceProposal,
  referenceScenario,
  REFERENCE_SERVICE_LEVELS,
  REFERENCE_TERM_MONTHS,
} from '../../../src/engine/simulation/referenceContract';

const trials = Number(process.argv[2] ?? 100_000);
const repeats = Number(process.argv[3] ?? 5);
const config = { proposals: [referenceProposal()], scenario: referenceScenario(), trials, seed: 1 };

// CPU time as well as wall time: on a shared machine wall time mostly measures the neighbours.
const times: number[] = [];
const cpuTimes: number[] = [];
for (let r = 0; r < repeats; r++) {
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const result = simulate(config);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  times.push(seconds);
  cpuTimes.push((cpu.user + cpu.system) / 1e6);
  if (!result.ok) throw new Error(result.error.message);
  const o = result.value.proposals[0];
  const round = (x: number) => Math.round(x);
  console.log(
    `run ${r + 1}: ${seconds.toFixed(3)} s wall, ${cpuTimes[r].toFixed(3)} s CPU — mean ${round(o.net.mean)}, P5 ${round(o.net.p5)}, P50 ${round(o.net.p50)}, P95 ${round(o.net.p95)}, ` +
      `credits ${round(o.expectedCredits)}, cap-hit share ${o.capHitProbability.toFixed(4)}`,
  );
}
const best = Math.min(...times);
const bestCpu = Math.min(...cpuTimes);
const cells = trials * REFERENCE_SERVICE_LEVELS * REFERENCE_TERM_MONTHS;
console.log(
  `best of ${repeats} for ${trials} trials: ${best.toFixed(3)} s wall (${(cells / best / 1e6).toFixed(1)} M SL-month evaluations/s), ` +
    `${bestCpu.toFixed(3)} s CPU (${(cells / bestCpu / 1e6).toFixed(1)} M/s)`,
);
