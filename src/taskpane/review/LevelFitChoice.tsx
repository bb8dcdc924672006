import { Caption1, Field, makeStyles, Radio, RadioGroup } from '@fluentui/react-components';
import { type SeriesFit } from '../../engine/analyses/fitAssumption';
import { useNumberConvention } from '../fields/numberConvention';
import { fitCriteria, fitParameters } from './fitText';

const useStyles = makeStyles({
  // Long labels wrap inside the pane rather than pushing it sideways.
  label: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
});

export interface LevelFitChoiceProps {
  readonly name: string;
  readonly fit: SeriesFit;
  /** The rank chosen, 0 = the best. */
  readonly chosen: number;
  readonly onChoose: (rank: number) => void;
}

/** One service level's ranked fits, best first, the one the scenario takes selected. */
export function LevelFitChoice({ name, fit, chosen, onChoose }: LevelFitChoiceProps) {
  const styles = useStyles();
  const convention = useNumberConvention();
  return (
    <Field
      label={`${name}: ${fit.months} months measured`}
      hint={fit.leftOut.length > 0 ? `Not offered: ${fit.leftOut.join('; ')}.` : undefined}
    >
      <RadioGroup value={String(chosen)} onChange={(_, data) => onChoose(Number(data.value))}>
        {fit.ranked.map((candidate, rank) => (
          <Radio
            key={candidate.assumption.kind}
            value={String(rank)}
            label={
              <span className={styles.label}>
                <span>
                  {rank + 1}. {fitParameters(candidate, fit, convention)}
                </span>
                <Caption1>{fitCriteria(candidate, fit, convention)}</Caption1>
              </span>
            }
          />
        ))}
      </RadioGroup>
    </Field>
  );
}
