import { type LevelProposal } from '../../engine/review/annualReview';
import { ResponsiveTable } from '../tables/ResponsiveTable';

/** Levels to three decimals at most: an average of 99.6055 reads as 99.606. */
const level = (value: number) =>
  Number.isFinite(value) ? value.toLocaleString(undefined, { maximumFractionDigits: 3 }) : '—';

const COLUMNS = [{ header: 'This year' }, { header: 'Proposed' }, { header: 'Year’s average' }];

/** This year's expected level against next year's proposed one, per service level. */
export function LevelTable({ proposals }: { readonly proposals: readonly LevelProposal[] }) {
  return (
    <ResponsiveTable
      caption="Expected levels, this year and proposed"
      rowHeader="Service level"
      columns={COLUMNS}
      rows={proposals.map((p) => ({
        key: p.serviceLevelId,
        header: p.name,
        cells: [level(p.current), level(p.proposed), level(p.average)],
      }))}
      stackBelow="narrow"
    />
  );
}
