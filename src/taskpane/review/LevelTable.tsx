import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { type LevelProposal } from '../../engine/review/annualReview';
import { useReviewStyles } from './reviewStyles';

const level = (value: number) =>
  Number.isFinite(value) ? value.toLocaleString(undefined, { maximumFractionDigits: 4 }) : '—';

/** This year's expected level against next year's proposed one, per service level. */
export function LevelTable({ proposals }: { readonly proposals: readonly LevelProposal[] }) {
  const styles = useReviewStyles();
  return (
    <Table size="small" aria-label="Expected levels, this year and proposed">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Service level</TableHeaderCell>
          <TableHeaderCell>This year</TableHeaderCell>
          <TableHeaderCell>Proposed</TableHeaderCell>
          <TableHeaderCell>Year&apos;s average</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {proposals.map((p) => (
          <TableRow key={p.serviceLevelId}>
            <TableCell>{p.name}</TableCell>
            <TableCell className={styles.amount}>{level(p.current)}</TableCell>
            <TableCell className={styles.amount}>{level(p.proposed)}</TableCell>
            <TableCell className={styles.amount}>{level(p.average)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
