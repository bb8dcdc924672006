import { Body1, Caption1, makeStyles, Switch, tokens } from '@fluentui/react-components';
import { type BadMonth, badMonthDrop, validateBadMonth } from '../../engine/simulation/badMonth';
import { type ServiceLevel } from '../../engine/terms/contract';
import { numberText, percentText } from '../fields/fieldText';
import { ParsedField } from '../fields/ParsedField';
import { useFormStyles } from '../fields/useFormStyles';
import { displayName } from '../serviceLevels/displayName';
import { withDrop } from './badMonthEdits';

/** Switched on, one month in ten is bad to start with; the user sets their own chance. */
const DEFAULT_BAD_MONTH: BadMonth = { probability: 0.1, drops: {} };

const useStyles = makeStyles({
  problem: { color: tokens.colorPaletteRedForeground1 },
});

export interface BadMonthEditorProps {
  readonly serviceLevels: readonly ServiceLevel[];
  readonly badMonth: BadMonth | undefined;
  /** Null switches it off: no month is bad. */
  readonly onChange: (badMonth: BadMonth | null) => void;
}

/**
 * The "bad month" common shock: one incident moves several service levels at once. Its chance per
 * month, and how far each service level falls (in its own unit, in its bad direction) when it hits.
 */
export function BadMonthEditor({ serviceLevels, badMonth, onChange }: BadMonthEditorProps) {
  const form = useFormStyles();
  const styles = useStyles();
  const checked = badMonth
    ? validateBadMonth(
        badMonth,
        serviceLevels.map((sl) => ({ id: sl.id, name: displayName(sl) })),
      )
    : null;
  return (
    <fieldset className={form.group}>
      <legend className={form.legend}>Bad month</legend>
      <Switch
        label="Some months are bad for several service levels at once"
        checked={badMonth !== undefined}
        onChange={(_, data) => onChange(data.checked ? DEFAULT_BAD_MONTH : null)}
      />
      {badMonth && (
        <>
          <ParsedField
            label="Chance that a month is bad"
            value={badMonth.probability}
            format={percentText}
            contentAfter="%"
            hint="Each month, independently of the others"
            onCommit={(probability) => onChange({ ...badMonth, probability })}
          />
          <Body1>In a bad month, each service level moves by its drop (0 = not affected):</Body1>
          {serviceLevels.map((sl) => {
            const name = displayName(sl);
            return (
              <ParsedField
                key={sl.id}
                label={`${name} ${sl.direction === 'higher' ? 'falls by' : 'rises by'}`}
                value={badMonthDrop(badMonth, sl.id)}
                format={numberText}
                contentAfter={sl.unit || undefined}
                onCommit={(drop) => onChange(withDrop(badMonth, sl.id, drop))}
              />
            );
          })}
          {checked && !checked.ok && (
            <Caption1 className={styles.problem}>{checked.error.message}</Caption1>
          )}
        </>
      )}
    </fieldset>
  );
}
