import { Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { checkCorrelations, type LevelCorrelation } from '../../engine/simulation/levelCorrelation';
import { type PerformanceAssumption } from '../../engine/simulation/performanceAssumption';
import { type ServiceLevel } from '../../engine/terms/contract';
import { pairKey } from '../editor/scenarioRiskEdits';
import { correlationText } from '../fields/fieldText';
import { ParsedField } from '../fields/ParsedField';
import { useFocusAfterAdd } from '../fields/useFocusAfterAdd';
import { useFormStyles } from '../fields/useFormStyles';
import { displayName } from '../serviceLevels/displayName';
import { drawsAtRandom, pairProblems, withoutPair, withPairRho } from './correlationEdits';
import { CorrelationRepairNote } from './CorrelationRepairNote';
import { NewCorrelationPair } from './NewCorrelationPair';
import { PAIR_ROW, useCorrelationFocus } from './useCorrelationFocus';

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

/** The pair just added: the last row's field. Module-level, so useFocusAfterAdd keeps its dependencies. */
function addedPairField(root: HTMLElement): HTMLElement | null {
  const fields = root.querySelectorAll<HTMLElement>(`[${PAIR_ROW}] input`);
  return fields[fields.length - 1] ?? null;
}

export interface CorrelationEditorProps {
  /** Every service level of the contract and its proposals: the ones a pair may name. */
  readonly serviceLevels: readonly ServiceLevel[];
  readonly assumptions: Readonly<Record<string, PerformanceAssumption>>;
  readonly correlations: readonly LevelCorrelation[];
  /** `repair`: "Use these values" replaced the pairs with the nearest valid set (an undoable change). */
  readonly onChange: (correlations: readonly LevelCorrelation[], repair?: boolean) => void;
}

/**
 * How far a scenario's service levels miss together, as pairs and their rank correlation, with the
 * engine's verdict: a problem to fix, or the nearest valid values when the pairs cannot all hold.
 */
export function CorrelationEditor(props: CorrelationEditorProps) {
  const { correlations: pairs, assumptions, onChange } = props;
  const form = useFormStyles();
  const styles = useStyles();
  const added = useFocusAfterAdd<HTMLFieldSetElement>(addedPairField);
  const focus = useCorrelationFocus(added.ref, pairs);
  const levels = props.serviceLevels.map((sl) => ({ id: sl.id, name: displayName(sl) }));
  const names = new Map(levels.map((l) => [l.id, l.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const checked = checkCorrelations(pairs, levels);
  // The engine's complaints show at the pairs they are about.
  const problems = checked.ok ? [] : pairProblems(pairs, levels);
  const located = problems.some((message) => message !== undefined);
  const change = (next: readonly LevelCorrelation[], repair?: boolean) => {
    focus.sending(next);
    onChange(next, repair);
  };
  return (
    <fieldset className={form.group} ref={added.ref}>
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
          <div
            key={`${index}\u0000${pairKey(pair)}`}
            role="group"
            aria-label={label}
            data-correlation-pair // PAIR_ROW: where focus finds the pair's field
          >
            <div className={styles.row}>
              <ParsedField
                label={`Correlation ${label}`}
                value={pair.rho}
                format={correlationText}
                issue={problems[index]}
                onCommit={(rho) => change(withPairRho(pairs, index, rho))}
              />
              <Button
                aria-label={`Remove correlation ${label}`}
                icon={<DeleteRegular />}
                appearance="subtle"
                onClick={() => {
                  change(withoutPair(pairs, index));
                  focus.focusPairLater(index);
                }}
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
      {!checked.ok && !located && (
        <Caption1 className={styles.problem}>{checked.error.message}</Caption1>
      )}
      {/* A repair that moves no pair at the pane's precision (pairs already rounded from one) says nothing new. */}
      {checked.ok && checked.value.repaired && checked.value.adjusted.length > 0 && (
        <CorrelationRepairNote
          check={checked.value}
          pairs={pairs}
          nameOf={nameOf}
          onUse={(repaired) => {
            change(repaired, true);
            focus.focusPairLater(0);
          }}
        />
      )}
      {levels.length < 2 ? (
        <Caption1 className={styles.note}>A correlation needs two service levels.</Caption1>
      ) : (
        <NewCorrelationPair
          levels={levels}
          pairs={pairs}
          pairsValid={checked.ok}
          onAdd={(pair) => {
            change([...pairs, pair]);
            added.markAdded();
          }}
        />
      )}
    </fieldset>
  );
}
