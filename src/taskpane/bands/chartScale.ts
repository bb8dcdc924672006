import {
  ENGLISH_NUMBERS,
  type NumberConvention,
  writeNumberText,
} from '../../engine/rules/numberText';

/** Maps a data interval onto a pixel interval; the range may run backwards (SVG y grows downward). */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): (x: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (x) => r0 + ((x - d0) / span) * (r1 - r0);
}

/** Pixel coordinates to two decimals: enough for a crisp line, short enough to read in a test. */
export function svgPath(points: readonly (readonly [number, number])[]): string {
  return points
    .map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(2)},${y.toFixed(2)}`)
    .join(' ');
}

/** Axis labels: four significant digits, no binary noise, the reader's decimal mark. */
export function tickLabel(x: number, convention: NumberConvention = ENGLISH_NUMBERS): string {
  return writeNumberText(Number(x.toPrecision(4)), convention);
}
