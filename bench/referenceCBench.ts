import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median } from './timing';

/**
 * The yardstick for the engine's speed: the reference contract as a plain C program
 * (bench/reference-c/reference.c), compiled here with `cc -O2` and run single-threaded for the same
 * trials. Its random numbers are its own, so its net figures agree with the engine's only
 * statistically. A machine without a C compiler gets a reason instead of figures, never a failure.
 */
export interface ReferenceCFigures {
  available: true;
  compiler: string;
  trials: number;
  /** Median of the runs' own timings (simulation and quantiles, not the process start). */
  ms: number;
  mean: number;
  p5: number;
  p50: number;
  p95: number;
}

export type ReferenceC = ReferenceCFigures | { available: false; reason: string };

interface ProgramOutput {
  ms: number;
  mean: number;
  p5: number;
  p50: number;
  p95: number;
}

/** The source beside this file, or beside the bench's sources when this runs bundled from bench/.build. */
function sourceFile(): string {
  const candidates = [
    path.join(__dirname, 'reference-c/reference.c'),
    path.join(__dirname, '../reference-c/reference.c'),
  ];
  const found = candidates.find((file) => existsSync(file));
  if (!found) throw new Error(`reference.c not found beside ${__dirname}`);
  return found;
}

function compilerVersion(compiler: string): string | null {
  try {
    const out = execFileSync(compiler, ['--version'], { encoding: 'utf8', stdio: 'pipe' });
    return out.split('\n')[0].trim();
  } catch {
    return null;
  }
}

export function benchReferenceC(trials: number, runs: number): ReferenceC {
  const compiler = process.env.CC ?? 'cc';
  const version = compilerVersion(compiler);
  if (version === null) return { available: false, reason: 'no C compiler' };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'outcome-modeler-reference-c-'));
  try {
    const program = path.join(dir, 'reference');
    try {
      execFileSync(compiler, ['-O2', '-o', program, sourceFile(), '-lm'], { stdio: 'pipe' });
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
      return { available: false, reason: `${compiler} failed: ${stderr || String(error)}` };
    }
    const outputs = Array.from(
      { length: runs },
      () =>
        JSON.parse(
          execFileSync(program, [String(trials), '1'], { encoding: 'utf8' }),
        ) as ProgramOutput,
    );
    const last = outputs[outputs.length - 1];
    return {
      available: true,
      compiler: version,
      trials,
      ms: median(outputs.map((o) => o.ms)),
      mean: last.mean,
      p5: last.p5,
      p50: last.p50,
      p95: last.p95,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
