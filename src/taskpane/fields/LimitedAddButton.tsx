import { useId } from 'react';
import { Button, Caption1, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({ add: { alignSelf: 'flex-start' } });

export interface LimitedAddButtonProps {
  readonly label: string;
  /** Plural noun for the limit message, e.g. "scenarios". */
  readonly noun: string;
  readonly count: number;
  readonly max: number;
  readonly onAdd: () => void;
}

/** An "Add …" button that stays focusable but inert at the model's size limit, and says why. */
export function LimitedAddButton({ label, noun, count, max, onAdd }: LimitedAddButtonProps) {
  const styles = useStyles();
  const limitId = useId();
  const full = count >= max;
  return (
    <>
      <Button
        className={styles.add}
        disabledFocusable={full}
        aria-describedby={full ? limitId : undefined}
        onClick={onAdd}
      >
        {label}
      </Button>
      {full && (
        <Caption1 id={limitId}>
          A model keeps at most {max} {noun}: delete one to add another.
        </Caption1>
      )}
    </>
  );
}
