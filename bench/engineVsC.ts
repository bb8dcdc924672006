import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runReference } from './monteCarloBench';
import { median, timeMs } from './timing';

/**
 * The engine ÷ C figure alone, in about a minute, for work on the engine's loop:
 * `node bench/build.mjs --no-bundle && node bench/.build/engineVsC.js [runs] [trials]`.
 * Times the reference contract through the engine and the C program alternately (so machine noise
 * hits both) and prints a fingerprint of the engine's whole summary, independent and correlated,
 * so a change to the loop that moves any result bit shows.
 */
const runs = Number(process.argv[2] ?? 5);
const trials = Number(process.argv[3] ?? 100_000);

const fingerprint = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

function compileC(dir: string): string {
  const source = [__dirname, path.join(__dirname, '..')]
    .map((d) => path.join(d, 'reference-c/reference.c'))
    .find((file) => existsSync(file));
  if (!source) throw new Error('reference.c not found');
  const program = path.join(dir, 'reference');
  execFileSync(process.env.CC ?? 'cc', ['-O2', '-o', program, source, '-lm']);
  return program;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'engine-vs-c-'));
try {
  const program = compileC(dir);
  const runC = () =>
    (
      JSON.parse(execFileSync(program, [String(trials), '1'], { encoding: 'utf8' })) as {
        ms: number;
      }
    ).ms;
  let summary = runReference(trials); // warm-up
  runC();
  const engine: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < runs; i++) {
    const timed = timeMs(() => runReference(trials));
    summary = timed.value;
    engine.push(timed.ms);
    c.push(runC());
  }
  const net = summary.proposals[0].net;
  const [e, r] = [median(engine), median(c)];
  console.log(`engine ms: ${engine.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(`C ms:      ${c.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(
    `median engine ${e.toFixed(0)} ms, C ${r.toFixed(0)} ms, engine ÷ C ${(e / r).toFixed(2)}×`,
  );
  console.log(`net mean / P5 / P50 / P95: ${net.mean} / ${net.p5} / ${net.p50} / ${net.p95}`);
  console.log(`summary fingerprint ${fingerprint(summary)} (${trials} trials)`);
  console.log(
    `correlated fingerprint ${fingerprint(runReference(10_000, 7, true))} (10,000 trials)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
