import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runReference } from './monteCarloBench';
import { median, medianOf } from './timing';

/** What a negotiator waits for after pressing Run: 10,000 trials, cold (fresh process) and warm. */
export interface InteractiveFigures {
  trials: number;
  coldMs: number;
  warmMs: number;
}

function coldRun(trials: number): number {
  const bundled = path.join(__dirname, 'coldStart.js');
  const script = existsSync(bundled)
    ? [bundled]
    : ['--import', 'tsx', path.join(__dirname, 'coldStart.ts')];
  const out = execFileSync(process.execPath, [...script, String(trials)], { encoding: 'utf8' });
  return (JSON.parse(out) as { ms: number }).ms;
}

export function benchInteractive(trials: number, runs: number): InteractiveFigures {
  const coldMs = median(Array.from({ length: runs }, () => coldRun(trials)));
  const warmMs = medianOf(runs, 2, () => runReference(trials)).ms;
  return { trials, coldMs, warmMs };
}
