import {
  Body1,
  Caption1,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  useId,
} from '@fluentui/react-components';
import { type SeriesFit } from '../../engine/analyses/fitAssumption';
import { type FitKind } from '../../engine/analyses/fitScenario';
import { useNumberConvention } from '../fields/numberConvention';
import { FIT_NAMES, fitCriteria, fitParameters, plainFit } from './fitText';

const useStyles = makeStyles({
  // Long labels wrap inside the pane rather than pushing it sideways.
  label: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
});

export interface LevelFitChoiceProps {
  readonly name: string;
  readonly unit: string;
  readonly fit: SeriesFit;
  /** The kind chosen; the best is taken when it is null or not offered. */
  readonly chosen: FitKind | null;
  readonly onChoose: (kind: FitKind) => void;
}

/**
 * One service level's fits: the chosen one in a plain sentence first, then the fits best first to
 * choose from, each with its parameters and criteria in small print.
 */
export function LevelFitChoice({ name, unit, fit, chosen, onChoose }: LevelFitChoiceProps) {
  const styles = useStyles();
  const convention = useNumberConvention();
  const taken = fit.ranked.find((c) => c.assumption.kind === chosen) ?? fit.ranked[0];
  const best = taken === fit.ranked[0];
  // The plain sentence describes the choices, for a screen reader too.
  const leadId = useId('fit-lead');
  return (
    <Field
      label={`${name}: ${fit.months} months measured`}
      hint={fit.leftOut.length > 0 ? `Not offered: ${fit.leftOut.join('; ')}.` : undefined}
    >
      <Body1 id={leadId}>
        {best ? 'Best described as' : 'Your choice'}: {plainFit(taken, fit, unit, convention)}.
      </Body1>
      <RadioGroup
        aria-describedby={leadId}
        value={taken.assumption.kind}
        onChange={(_, data) => onChoose(data.value as FitKind)}
      >
        {fit.ranked.map((candidate, rank) => (
          <Radio
            key={candidate.assumption.kind}
            value={candidate.assumption.kind}
            label={
              <span className={styles.label}>
                <span>
                  {rank + 1}. {FIT_NAMES[candidate.assumption.kind]}
                </span>
                <Caption1>
                  {fitParameters(candidate, fit, convention)} ·{' '}
                  {fitCriteria(candidate, fit, convention)}
                </Caption1>
              </span>
            }
          />
        ))}
      </RadioGroup>
    </Field>
  );
}
