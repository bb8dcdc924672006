import { Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { checkCorrelations, type LevelCorrelation } from '../../engine/simulation/levelCorrelation';
import { type PerformanceAssumption } from '../../engine/simulation/performanceAssumption';
import { type ServiceLevel } from '../../engine/terms/contract';
import { pairKey } from '../editor/scenarioRiskEdits';
import { numberText } from '../fields/fieldText';
import { ParsedField } from '../fields/ParsedField';
import { useFormStyles } from '../fields/useFormStyles';
import { displayName } from '../serviceLevels/displayName';
import { drawsAtRandom, withoutPair, withPairRho } from './correlationEdits';
import { CorrelationRepairNote } from './CorrelationRepairNote';
import { NewCorrelationPair } from './NewCorrelationPair';

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'end',
  },
  problem: { color: tokens.colorPaletteRedForeground1 },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface CorrelationEditorProps {
  /** Every service level of the contract and its proposals: the ones a pair may name. */
  readonly serviceLevels: readonly ServiceLevel[];
  readonly assumptions: Readonly<Record<string, PerformanceAssumption>>;
  readonly correlations: readonly LevelCorrelation[];
  readonly onChange: (correlations: readonly LevelCorrelation[]) => void;
}

/**
 * How far a scenario's service levels miss together, as pairs and their rank correlation, with the
 * engine's verdict: a problem to fix, or the nearest valid values when the pairs cannot all hold.
 */
export function CorrelationEditor(props: CorrelationEditorProps) {
  const { correlations: pairs, assumptions, onChange } = props;
  const form = useFormStyles();
  const styles = useStyles();
  const levels = props.serviceLevels.map((sl) => ({ id: sl.id, name: displayName(sl) }));
  const names = new Map(levels.map((l) => [l.id, l.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const checked = checkCorrelations(pairs, levels);
  return (
    <fieldset className={form.group}>
      <legend className={form.legend}>Correlation between service levels</legend>
      <Body1>
        How far two service levels do well or badly in the same month, from −1 to 1: + means they
        miss together, − that one misses when the other does well. A pair not listed is 0.
      </Body1>
      {pairs.map((pair, index) => {
        const label = `${nameOf(pair.first)} – ${nameOf(pair.second)}`;
        const fixed = [pair.first, pair.second].filter((id) => !drawsAtRandom(assumptions, id));
        return (
          // The index too: a pair entered twice (from the stored model) still has a key of its own.
          <div key={`${index}\u0000${pairKey(pair)}`} role="group" aria-label={label}>
            <div className={styles.row}>
              <ParsedField
                label={`Correlation ${label}`}
                value={pair.rho}
                format={numberText}
                onCommit={(rho) => onChange(withPairRho(pairs, index, rho))}
              />
              <Button
                aria-label={`Remove correlation ${label}`}
                icon={<DeleteRegular />}
                appearance="subtle"
                onClick={() => onChange(withoutPair(pairs, index))}
              />
            </div>
            {fixed.length > 0 && (
              <Caption1 className={styles.note}>
                {fixed.map(nameOf).join(' and ')} {fixed.length === 1 ? 'has' : 'have'} no random
                draws in this scenario (constant, fixed series or not measured): this correlation
                has no effect.
              </Caption1>
            )}
          </div>
        );
      })}
      {!checked.ok && <Caption1 className={styles.problem}>{checked.error.message}</Caption1>}
      {/* A repair that moves no pair at the pane's precision (pairs already rounded from one) says nothing new. */}
      {checked.ok && checked.value.repaired && checked.value.adjusted.length > 0 && (
        <CorrelationRepairNote
          check={checked.value}
          pairs={pairs}
          nameOf={nameOf}
          onUse={onChange}
        />
      )}
      {levels.length < 2 ? (
        <Caption1 className={styles.note}>A correlation needs two service levels.</Caption1>
      ) : (
        <NewCorrelationPair
          levels={levels}
          pairs={pairs}
          pairsValid={checked.ok}
          onAdd={(pair) => onChange([...pairs, pair])}
        />
      )}
    </fieldset>
  );
}
