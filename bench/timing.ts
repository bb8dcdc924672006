/** Timing helpers: every figure is the median of several runs after a warm-up. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function timeMs<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

export async function timeMsAsync<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

/** Runs `warmups` untimed, then `runs` timed; returns the median time and the last value. */
export function medianOf<T>(runs: number, warmups: number, run: () => T): { ms: number; value: T } {
  for (let i = 0; i < warmups; i++) run();
  let last = timeMs(run);
  const times = [last.ms];
  for (let i = 1; i < runs; i++) {
    last = timeMs(run);
    times.push(last.ms);
  }
  return { ms: median(times), value: last.value };
}
