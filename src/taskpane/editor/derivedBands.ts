import { type BandRow } from '../../engine/rules/bands';
import { defaultBandRows } from '../../engine/rules/defaultBands';
import { type ServiceLevel } from '../../engine/terms/contract';

const sameRows = (a: readonly BandRow[], b: readonly BandRow[]) =>
  a.length === b.length && a.every((r, i) => r.bound === b[i].bound && r.rate === b[i].rate);

/**
 * A new level's bands follow its unit, direction and expected level for as long as they are the
 * defaults those gave: a new level set to "hours, lower is better, 4" gets bands on that scale.
 * The reducer asks only for levels added in this session; bands the user has edited, or that
 * were edited on the sheet, are theirs and never change behind their back.
 */
export function withDerivedBands(before: ServiceLevel, after: ServiceLevel): ServiceLevel {
  const { bands } = before;
  const derived =
    bands.basis === 'performance' &&
    bands.method === 'step' &&
    sameRows(bands.rows, defaultBandRows(before.unit, before.direction, before.expected));
  const moved =
    before.unit !== after.unit ||
    before.direction !== after.direction ||
    before.expected !== after.expected;
  if (!derived || !moved) return after;
  return {
    ...after,
    bands: { ...after.bands, rows: defaultBandRows(after.unit, after.direction, after.expected) },
  };
}
