import { useMemo, useState } from 'react';
import { Body1, Button, Caption1, Field, Select, Subtitle2 } from '@fluentui/react-components';
import { MIN_FIT_MONTHS, MIN_RESAMPLE_MONTHS } from '../../engine/analyses/fitAssumption';
import {
  type FitKind,
  type FitWindow,
  fitScenario,
  fittedScenario,
  WINDOW_MONTHS,
} from '../../engine/analyses/fitScenario';
import { type ActualRecord } from '../../engine/review/actuals';
import { groupedNumberText } from '../../engine/rules/numberText';
import { type Scenario } from '../../engine/simulation/scenario';
import { type Contract } from '../../engine/terms/contract';
import { useNumberConvention } from '../fields/numberConvention';
import { ExcludedMinutesNote } from './ExcludedMinutesNote';
import { FittedCorrelations } from './FittedCorrelations';
import { LevelFitChoice } from './LevelFitChoice';
import { useReviewStyles } from './reviewStyles';

export interface ScenarioFitSectionProps {
  readonly contract: Contract;
  readonly actuals: readonly ActualRecord[];
  /** Adds the scenario to the model and returns the name it got; absent, the fits are only shown. */
  readonly onAddScenario?: (scenario: Omit<Scenario, 'id'>) => string;
}

/**
 * A scenario that performs as the measured months did: ranked fits per service level, correlations.
 * The fit chosen for a level is kept by its kind, so it survives a change of the months fitted.
 */
export function ScenarioFitSection({ contract, actuals, onAddScenario }: ScenarioFitSectionProps) {
  const styles = useReviewStyles();
  const convention = useNumberConvention();
  const [fitWindow, setFitWindow] = useState<FitWindow>('recent');
  const [chosen, setChosen] = useState<ReadonlyMap<string, FitKind>>(new Map());
  const [added, setAdded] = useState<string | null>(null);
  const fit = useMemo(
    () => fitScenario(contract.serviceLevels, actuals, fitWindow),
    [contract.serviceLevels, actuals, fitWindow],
  );
  const levelOf = new Map(contract.serviceLevels.map((sl) => [sl.id, sl]));
  const nameOf = (id: string) => levelOf.get(id)?.name ?? id;
  const num = (x: number, digits: number) => groupedNumberText(x, convention, digits);

  return (
    <section className={styles.section} aria-labelledby="review-fit-heading">
      <Subtitle2 as="h2" id="review-fit-heading">
        Scenario from these actuals
      </Subtitle2>
      <Field label="Months to fit">
        <Select
          value={fitWindow}
          onChange={(_, data) => {
            setFitWindow(data.value as FitWindow);
            // The last "Added" was another window's scenario; the choices per level stay.
            setAdded(null);
          }}
        >
          <option value="recent">Last {WINDOW_MONTHS} months</option>
          <option value="all">All months</option>
        </Select>
      </Field>
      {!fit.ok ? (
        <Body1>{fit.error.message}</Body1>
      ) : (
        <>
          <Body1>
            {fit.value.from} to {fit.value.to}, {fit.value.months} months. Each service level is
            fitted three ways, best first: a normal spread around an average (and how far a month is
            like the one before), a triangle from the lowest, most likely and highest value, and the
            measured months drawn again at random. The best is the one under which the measured
            months are most likely; when two come close, either describes them about as well. The
            measured months themselves come first only when neither shape matches them.
          </Body1>
          <Caption1>
            Ranked by AIC, lower first: how likely the model makes the measured months, less a
            penalty for its three parameters; within 2 of the best, a model is about as good. KS is
            the largest gap between the model’s distribution and the months’; above {num(1.36, 2)}
            /√months the model is rejected at 5 %. Resampling the months as measured has neither: it
            comes first only when both models are rejected and there are at least{' '}
            {MIN_RESAMPLE_MONTHS} months. A fit needs {MIN_FIT_MONTHS} measured months.
          </Caption1>
          <ExcludedMinutesNote adjusted={fit.value.adjusted} nameOf={nameOf} />
          {fit.value.levels.map((level) =>
            level.kind === 'fitted' ? (
              <LevelFitChoice
                key={level.serviceLevelId}
                name={nameOf(level.serviceLevelId)}
                unit={levelOf.get(level.serviceLevelId)?.unit ?? ''}
                fit={level.fit}
                chosen={chosen.get(level.serviceLevelId) ?? null}
                onChoose={(kind) => setChosen((c) => new Map(c).set(level.serviceLevelId, kind))}
              />
            ) : (
              <Body1 key={level.serviceLevelId}>
                {level.reason}: the scenario keeps it constant at {num(level.assumption.level, 6)}.
              </Body1>
            ),
          )}
          <FittedCorrelations fit={fit.value} nameOf={nameOf} />
          {onAddScenario && (
            <div className={styles.buttons}>
              <Button
                appearance="primary"
                onClick={() =>
                  setAdded(onAddScenario(fittedScenario(fit.value, Object.fromEntries(chosen))))
                }
              >
                Add as a scenario
              </Button>
            </div>
          )}
          {added && (
            <Body1 role="status">
              Added “{added}” to the Scenarios tab, where it can be edited
              {added === fit.value.name ? '.' : `: “${fit.value.name}” is already a scenario.`}
            </Body1>
          )}
        </>
      )}
    </section>
  );
}
