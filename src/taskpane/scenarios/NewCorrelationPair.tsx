import { useState } from 'react';
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { checkCorrelations, type LevelCorrelation } from '../../engine/simulation/levelCorrelation';
import { type Choice, ChoiceField } from '../fields/ChoiceField';
import { correlationText } from '../fields/fieldText';
import { ParsedField } from '../fields/ParsedField';
import { useFormStyles } from '../fields/useFormStyles';
import { openPair } from './correlationEdits';

/** A new pair starts at a moderate positive correlation: the common case, levels missing together. */
const DEFAULT_RHO = 0.5;

const useStyles = makeStyles({
  problem: { color: tokens.colorPaletteRedForeground1 },
});

export interface NewCorrelationPairProps {
  /** Service levels a pair may name, with the names the pane shows. */
  readonly levels: readonly { readonly id: string; readonly name: string }[];
  readonly pairs: readonly LevelCorrelation[];
  /** False when the pairs already entered have a problem: the new pair is then checked alone. */
  readonly pairsValid: boolean;
  readonly onAdd: (pair: LevelCorrelation) => void;
}

/** Two service levels and their correlation, added to the scenario's pairs when the engine accepts them. */
export function NewCorrelationPair({ levels, pairs, pairsValid, onAdd }: NewCorrelationPairProps) {
  const form = useFormStyles();
  const styles = useStyles();
  const [draft, setDraft] = useState<{ first?: string; second?: string; rho: number }>({
    rho: DEFAULT_RHO,
  });
  const open = openPair(levels, pairs);
  if (!open) return null;
  // A level picked earlier may have been deleted since: start from an open pair again.
  const pick = (id: string | undefined, fallback: string) =>
    id !== undefined && levels.some((l) => l.id === id) ? id : fallback;
  const first = pick(draft.first, open.first);
  const second = pick(draft.second, open.second);
  const pair: LevelCorrelation = { first, second, rho: draft.rho };
  const checked = checkCorrelations(pairsValid ? [...pairs, pair] : [pair], levels);
  const choices: Choice<string>[] = levels.map((l) => ({ value: l.id, label: l.name }));
  return (
    <div className={form.group} role="group" aria-label="New correlation" data-new-correlation>
      <ChoiceField
        label="First service level"
        value={first}
        choices={choices}
        onChange={(id) => setDraft({ ...draft, first: id })}
      />
      <ChoiceField
        label="Second service level"
        value={second}
        choices={choices}
        onChange={(id) => setDraft({ ...draft, second: id })}
      />
      {/* What is left for the engine to refuse is the choice of levels (the same one, a pair
          already listed): said under the choices. */}
      {!checked.ok && <Caption1 className={styles.problem}>{checked.error.message}</Caption1>}
      <ParsedField
        label="Correlation of the new pair"
        value={draft.rho}
        format={correlationText}
        hint="From −1 to 1"
        onCommit={(rho) => setDraft({ ...draft, rho })}
      />
      <div className={form.actions}>
        <Button
          disabled={!checked.ok}
          onClick={() => {
            onAdd(pair);
            // The next open pair is offered: the two just added are taken now.
            setDraft({ rho: draft.rho });
          }}
        >
          Add correlation
        </Button>
      </div>
    </div>
  );
}
