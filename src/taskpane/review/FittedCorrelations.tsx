import { Body1, Caption1 } from '@fluentui/react-components';
import { MIN_COMMON_MONTHS } from '../../engine/analyses/fitCorrelations';
import { type ScenarioFit } from '../../engine/analyses/fitScenario';
import { EXACT_PAIRS, spearmanCritical } from '../../engine/analyses/rankCorrelation';
import { groupedNumberText } from '../../engine/rules/numberText';
import { useNumberConvention } from '../fields/numberConvention';
import { correlationText } from './fitText';
import { useReviewStyles } from './reviewStyles';

export interface FittedCorrelationsProps {
  readonly fit: ScenarioFit;
  readonly nameOf: (id: string) => string;
}

/**
 * The correlations a fitted scenario takes, and the measured pairs it leaves out as not clearly
 * linked: over a year of months, most small correlations are noise.
 */
export function FittedCorrelations({ fit, nameOf }: FittedCorrelationsProps) {
  const styles = useReviewStyles();
  const convention = useNumberConvention();
  const measured = [...fit.correlations, ...fit.unclear];
  if (measured.length === 0)
    return (
      <Body1>
        No correlations: they need two fitted service levels measured in at least{' '}
        {MIN_COMMON_MONTHS} of the same months. The scenario draws them independently.
      </Body1>
    );
  // The months most pairs share (all of them, when every level was measured every month).
  const usual = Math.max(...measured.map((c) => c.months));
  const critical = groupedNumberText(spearmanCritical(usual), convention, 3);
  const text = (c: (typeof measured)[number]) => correlationText(c, nameOf, usual, convention);
  const pairs = fit.unclear.length === 1 ? 'pair' : 'pairs';
  return (
    <>
      <Body1>
        Service levels that tend to miss in the same months: the rank correlation of their months,
        from −1 to 1, + when they miss together. Only clear links go into the scenario: over {usual}{' '}
        months at least {critical} either way, a size that unrelated service levels reach by chance
        less than 1 time in 20 (significant at 5 %).
        {fit.correlations.some((c) => c.implied) &&
          ' Two levels that both clearly miss with a third must miss together somewhat too: the pair between them is then kept as measured, even when it is not clear on its own.'}
      </Body1>
      <Caption1>
        Spearman’s ρ over the months both were measured. Critical values exact up to {EXACT_PAIRS}{' '}
        months, {groupedNumberText(1.96, convention, 2)}/√(months − 1) beyond; fewer months need a
        larger ρ. Pairs with fewer than {MIN_COMMON_MONTHS} common months are not compared.
      </Caption1>
      {fit.correlations.length === 0 ? (
        <Body1>None is clear: the scenario draws the service levels independently.</Body1>
      ) : (
        <ul className={styles.list} aria-label="Correlations in the scenario">
          {fit.correlations.map((c) => (
            <li key={`${c.first}\u0000${c.second}`}>{text(c)}</li>
          ))}
        </ul>
      )}
      {fit.unclear.length > 0 && (
        <>
          <Body1>
            Not clearly linked, left out ({fit.unclear.length} {pairs}):
          </Body1>
          <ul className={styles.list} aria-label="Not clearly linked">
            {fit.unclear.map((c) => (
              <li key={`${c.first}\u0000${c.second}`}>
                <Caption1>{text(c)}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      {fit.repaired && (
        <Body1>
          The measured correlations cannot all hold together; the nearest set that can is used.
        </Body1>
      )}
    </>
  );
}
