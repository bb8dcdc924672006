import { Body1 } from '@fluentui/react-components';
import { type AdjustedMonths } from '../../engine/analyses/fitScenario';

export interface ExcludedMinutesNoteProps {
  readonly adjusted: readonly AdjustedMonths[];
  readonly nameOf: (id: string) => string;
}

/**
 * Says which months were fitted after excluded minutes: the fit uses the value the contract
 * measures, not the one reported, and a reader comparing with the export should know.
 */
export function ExcludedMinutesNote({ adjusted, nameOf }: ExcludedMinutesNoteProps) {
  if (adjusted.length === 0) return null;
  const count = adjusted.reduce((n, a) => n + a.periods.length, 0);
  const levels = adjusted
    .map((a) => {
      const months = a.periods.length === 1 ? 'month' : 'months';
      return `${nameOf(a.serviceLevelId)}: ${a.periods.length} ${months} (${a.periods.join(', ')})`;
    })
    .join('; ');
  return (
    <Body1>
      {count === 1 ? 'One month had' : `${count} months had`} excluded minutes; each is fitted on
      the value the contract measures, after the exclusions, as the statement does ({levels}).
    </Body1>
  );
}
