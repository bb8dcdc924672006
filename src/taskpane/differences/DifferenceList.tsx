import {
  Body1,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from '@fluentui/react-components';
import { sameTerms } from '../../engine/analyses/termDifferences';
import { useNumberConvention } from '../fields/numberConvention';
import { DifferenceCard } from './DifferenceCard';
import { differenceRows } from './differenceRows';
import { effectNote, levelsNote } from './differenceText';
import { type TermComparison } from './useTermDifferences';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  notes: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

/** The differing terms as cards, then the whole difference and the remainder; what the measures mean above them. */
export function DifferenceList({ comparison }: { readonly comparison: TermComparison }) {
  const styles = useStyles();
  const convention = useNumberConvention();
  const { plan, levels, scenarioPart } = comparison;
  if (sameTerms(plan)) return <Body1>These two have the same terms.</Body1>;
  if (!levels.ok)
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{`The terms cannot be priced: ${levels.error.message}`}</MessageBarBody>
      </MessageBar>
    );
  const rows = differenceRows(comparison, convention);
  const scenarioNames =
    scenarioPart.status === 'completed' ? scenarioPart.effects.map((s) => s.scenario.name) : [];
  // The last two rows are the whole difference and the remainder.
  const terms = rows.length - 2;
  return (
    <>
      <div className={styles.notes}>
        <Caption1>{levelsNote(plan)}</Caption1>
        <Caption1>{effectNote(plan)}</Caption1>
        {comparison.scenarios.length === 0 && (
          <Caption1>Add a scenario to see the effects in each scenario too.</Caption1>
        )}
      </div>
      <ul className={styles.list} aria-label="Differing terms">
        {rows.map((row, i) => (
          <DifferenceCard
            key={i}
            row={row}
            currency={plan.left.contract.currency}
            scenarioNames={scenarioNames}
            showValues={i < terms}
          />
        ))}
      </ul>
    </>
  );
}
