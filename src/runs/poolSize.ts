/** Most workers a pool starts: beyond this the page's messages and merges outweigh the gain. */
export const MAX_POOL_SIZE = 8;

/**
 * How many simulation workers to run on a machine with `cores` logical cores (the browser's
 * `navigator.hardwareConcurrency`, absent in some): every core, less one for the page when there
 * are more than two, at least one and at most MAX_POOL_SIZE.
 */
export function poolSizeFor(cores: number | undefined): number {
  const n = cores !== undefined && Number.isFinite(cores) && cores >= 1 ? Math.floor(cores) : 1;
  return Math.min(MAX_POOL_SIZE, n > 2 ? n - 1 : n);
}
