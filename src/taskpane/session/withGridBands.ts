import { type Contract } from '../../engine/terms/contract';

/**
 * The pane's contract with the bands of `fromGrid` (service level names) taken from the freshly
 * loaded contract, matched by id: choosing the grid's bands must not throw away other edits.
 */
export function withGridBands(
  edited: Contract,
  loaded: Contract,
  fromGrid: readonly string[],
): Contract {
  const gridRows = new Map(
    loaded.serviceLevels
      .filter((sl) => fromGrid.includes(sl.name))
      .map((sl) => [sl.id, sl.bands.rows]),
  );
  return {
    ...edited,
    serviceLevels: edited.serviceLevels.map((sl) => {
      const rows = gridRows.get(sl.id);
      return rows ? { ...sl, bands: { ...sl.bands, rows } } : sl;
    }),
  };
}
