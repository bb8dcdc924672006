import { type Direction } from './direction';
import { type BandRow } from './bands';

/**
 * Starting bands for a new service level, from its unit, direction and expected level, so they
 * pay nothing at the expected level, credit below it and reward a little above it, on the level's
 * own scale: a 99.5% availability gets 99 / 99.5 / 99.9, a 4-hour resolution time 3.6 / 4.4 / 5.2.
 */
export function defaultBandRows(unit: string, direction: Direction, expected: number): BandRow[] {
  if (!Number.isFinite(expected)) return [{ bound: 0, rate: 0 }];
  const percent = unit.trim() === '%';
  if (direction === 'higher') {
    // A percentage close to 100 has little room above it: the steps are shares of what is left.
    const room = percent ? Math.max(100 - expected, 0.1) : Math.abs(expected) * 0.1 || 1;
    const below = tidy(expected - room);
    const above = tidy(percent ? expected + Math.min(room, 100 - expected) * 0.8 : expected + room);
    return [
      { bound: Math.min(0, below - room), rate: -1 },
      { bound: below, rate: -0.5 },
      { bound: tidy(expected), rate: 0 },
      ...(above > expected ? [{ bound: above, rate: 0.1 }] : []),
    ];
  }
  // Lower is better (hours, backlog): a band starts where a value is that bad or worse.
  const step = Math.abs(expected) * 0.1 || 1;
  return [
    { bound: Math.min(0, tidy(expected - 2 * step)), rate: 0.1 },
    { bound: tidy(expected - step), rate: 0 },
    { bound: tidy(expected + step), rate: -0.5 },
    { bound: tidy(expected + 3 * step), rate: -1 },
  ];
}

/** 99.5 − 0.5 is 99 and stays 99, not 98.99999999999999. */
function tidy(x: number): number {
  return Number(x.toPrecision(10));
}
