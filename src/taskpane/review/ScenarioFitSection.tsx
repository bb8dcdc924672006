import { useEffect, useMemo, useState } from 'react';
import { Body1, Button, Caption1, Field, Select, Subtitle2 } from '@fluentui/react-components';
import { MIN_FIT_MONTHS, MIN_RESAMPLE_MONTHS } from '../../engine/analyses/fitAssumption';
import {
  type FitWindow,
  fitScenario,
  fittedScenario,
  MIN_COMMON_MONTHS,
  MIN_CORRELATION,
  WINDOW_MONTHS,
} from '../../engine/analyses/fitScenario';
import { type ActualRecord } from '../../engine/review/actuals';
import { groupedNumberText } from '../../engine/rules/numberText';
import { type Scenario } from '../../engine/simulation/scenario';
import { type Contract } from '../../engine/terms/contract';
import { useNumberConvention } from '../fields/numberConvention';
import { correlationValue } from './fitText';
import { LevelFitChoice } from './LevelFitChoice';
import { useReviewStyles } from './reviewStyles';

export interface ScenarioFitSectionProps {
  readonly contract: Contract;
  readonly actuals: readonly ActualRecord[];
  /** Adds the scenario to the model and returns the name it got; absent, the fits are only shown. */
  readonly onAddScenario?: (scenario: Omit<Scenario, 'id'>) => string;
}

/** A scenario that performs as the measured months did: ranked fits per service level, correlations. */
export function ScenarioFitSection({ contract, actuals, onAddScenario }: ScenarioFitSectionProps) {
  const styles = useReviewStyles();
  const convention = useNumberConvention();
  const [fitWindow, setFitWindow] = useState<FitWindow>('recent');
  const [chosen, setChosen] = useState<Readonly<Record<string, number>>>({});
  const [added, setAdded] = useState<string | null>(null);
  const fit = useMemo(
    () => fitScenario(contract.serviceLevels, actuals, fitWindow),
    [contract.serviceLevels, actuals, fitWindow],
  );
  // Other months make other fits: the choices and the last "added" belong to the ones before.
  useEffect(() => {
    setChosen({});
    setAdded(null);
  }, [fit]);
  const nameOf = new Map(contract.serviceLevels.map((sl) => [sl.id, sl.name]));
  const num = (x: number, digits: number) => groupedNumberText(x, convention, digits);

  return (
    <section className={styles.section} aria-labelledby="review-fit-heading">
      <Subtitle2 as="h2" id="review-fit-heading">
        Scenario from these actuals
      </Subtitle2>
      <Field label="Months to fit">
        <Select value={fitWindow} onChange={(_, data) => setFitWindow(data.value as FitWindow)}>
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
            fitted three ways, best first.
          </Body1>
          <Caption1>
            Ranked by AIC, lower first: how likely the model makes the measured months, less a
            penalty for its three parameters; within 2 of the best, a model is about as good. KS is
            the largest gap between the model&apos;s distribution and the months&apos;; above{' '}
            {num(1.36, 2)}/√months the model is rejected at 5 %. Resampling the months as measured
            has neither: it comes first only when both models are rejected and there are at least{' '}
            {MIN_RESAMPLE_MONTHS} months. A fit needs {MIN_FIT_MONTHS} measured months.
          </Caption1>
          {fit.value.levels.map((level) =>
            level.kind === 'fitted' ? (
              <LevelFitChoice
                key={level.serviceLevelId}
                name={nameOf.get(level.serviceLevelId) ?? level.serviceLevelId}
                fit={level.fit}
                chosen={chosen[level.serviceLevelId] ?? 0}
                onChoose={(rank) => setChosen((c) => ({ ...c, [level.serviceLevelId]: rank }))}
              />
            ) : (
              <Body1 key={level.serviceLevelId}>
                {level.reason}: the scenario keeps it constant at {num(level.assumption.level, 6)}.
              </Body1>
            ),
          )}
          <Body1>
            Correlations between the fitted service levels: rank correlations over the months both
            were measured, + when they miss together. Pairs with fewer than {MIN_COMMON_MONTHS}{' '}
            common months or below {num(MIN_CORRELATION, 2)} either way are left out.
          </Body1>
          {fit.value.correlations.length === 0 ? (
            <Body1>None found.</Body1>
          ) : (
            <ul className={styles.list} aria-label="Correlations found">
              {fit.value.correlations.map((c) => (
                <li key={`${c.first}\u0000${c.second}`}>
                  {nameOf.get(c.first)} and {nameOf.get(c.second)}:{' '}
                  {correlationValue(c, convention)}
                </li>
              ))}
            </ul>
          )}
          {fit.value.repaired && (
            <Body1>
              The measured correlations cannot all hold together; the nearest set that can is used.
            </Body1>
          )}
          {onAddScenario && (
            <div className={styles.buttons}>
              <Button
                appearance="primary"
                onClick={() => setAdded(onAddScenario(fittedScenario(fit.value, chosen)))}
              >
                Add as a scenario
              </Button>
            </div>
          )}
          {added && (
            <Body1 role="status">
              Added “{added}” to the Scenarios tab, where it can be edited.
            </Body1>
          )}
        </>
      )}
    </section>
  );
}
