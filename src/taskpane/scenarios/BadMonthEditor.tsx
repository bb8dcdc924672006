import { useState } from 'react';
import {
  Body1,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Switch,
  tokens,
} from '@fluentui/react-components';
import { type BadMonth, badMonthDrop } from '../../engine/simulation/badMonth';
import { type PerformanceAssumption } from '../../engine/simulation/performanceAssumption';
import { type ServiceLevel } from '../../engine/terms/contract';
import { ownEntry } from '../../engine/terms/ownEntry';
import { chanceText, dropText } from '../fields/fieldText';
import { useNumberConvention } from '../fields/numberConvention';
import { ParsedField } from '../fields/ParsedField';
import { useFormStyles } from '../fields/useFormStyles';
import { displayName } from '../serviceLevels/displayName';
import { dropBeyondRange, dropHint, dropUnit } from './badMonthDropNotes';
import { badMonthProblem, withDrop } from './badMonthEdits';

/** Switched on, one month in ten is bad to start with; the user sets their own chance. */
const DEFAULT_BAD_MONTH: BadMonth = { probability: 0.1, drops: {} };

const useStyles = makeStyles({
  problem: { color: tokens.colorPaletteRedForeground1 },
});

export interface BadMonthEditorProps {
  readonly serviceLevels: readonly ServiceLevel[];
  /** The scenario's assumptions: their valid ranges tell a drop wider than a level can move. */
  readonly assumptions?: Readonly<Record<string, PerformanceAssumption>>;
  readonly badMonth: BadMonth | undefined;
  /** Null switches it off: no month is bad. */
  readonly onChange: (badMonth: BadMonth | null) => void;
}

/**
 * The "bad month" common shock: one incident moves several service levels at once. Its chance per
 * month, and how far each service level falls (in its own unit, in its bad direction) when it hits.
 */
export function BadMonthEditor(props: BadMonthEditorProps) {
  const { serviceLevels, assumptions = {}, badMonth, onChange } = props;
  const form = useFormStyles();
  const styles = useStyles();
  const convention = useNumberConvention();
  // Switched off and on again, the scenario gets back what it had, not the default: the model
  // stores an off bad month as absent, so what it held lives here while the scenario is open.
  const [lastOn, setLastOn] = useState<BadMonth | null>(null);
  const problem = badMonth
    ? badMonthProblem(
        badMonth,
        serviceLevels.map((sl) => ({ id: sl.id, name: displayName(sl) })),
      )
    : null;
  const dropIssue = (id: string) =>
    problem?.at === 'drop' && problem.serviceLevelId === id ? problem.message : undefined;
  return (
    <fieldset className={form.group}>
      <legend className={form.legend}>Bad month</legend>
      <Switch
        label="Some months are bad for several service levels at once"
        checked={badMonth !== undefined}
        onChange={(_, data) => {
          if (!data.checked && badMonth) setLastOn(badMonth);
          onChange(data.checked ? (lastOn ?? DEFAULT_BAD_MONTH) : null);
        }}
      />
      {badMonth && (
        <>
          <ParsedField
            label="Chance that a month is bad"
            value={badMonth.probability}
            format={chanceText}
            contentAfter="%"
            hint="Each month, independently of the others"
            issue={problem?.at === 'chance' ? problem.message : undefined}
            onCommit={(probability) => onChange({ ...badMonth, probability })}
          />
          <Body1>In a bad month, each service level moves by its drop (0 = not affected):</Body1>
          {serviceLevels.map((sl) => {
            const drop = badMonthDrop(badMonth, sl.id);
            const wide = dropBeyondRange(sl, ownEntry(assumptions, sl.id), drop, convention);
            return (
              <div key={sl.id}>
                <ParsedField
                  label={`${displayName(sl)} ${sl.direction === 'higher' ? 'falls by' : 'rises by'}`}
                  value={drop}
                  format={dropText}
                  contentAfter={dropUnit(sl)}
                  hint={dropHint(sl, convention)}
                  issue={dropIssue(sl.id)}
                  onCommit={(next) => onChange(withDrop(badMonth, sl.id, next))}
                />
                {wide && (
                  <MessageBar intent="warning" layout="multiline">
                    <MessageBarBody>{wide}</MessageBarBody>
                  </MessageBar>
                )}
              </div>
            );
          })}
          {problem?.at === 'whole' && (
            <Caption1 className={styles.problem}>{problem.message}</Caption1>
          )}
        </>
      )}
    </fieldset>
  );
}
