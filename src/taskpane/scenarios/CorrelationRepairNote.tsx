import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import {
  type CorrelationCheck,
  type LevelCorrelation,
  repairedPairs,
} from '../../engine/simulation/levelCorrelation';
import { pairKey } from '../editor/scenarioRiskEdits';
import { useNumberConvention } from '../fields/numberConvention';
import { sentenceNumberText } from '../fields/sentenceNumberText';
import { inListOrder, withRepairedValues } from './correlationEdits';

/** The pane's precision for a correlation: three decimals, as repairedPairs enters them. */
const rounded = (rho: number) => Math.round(rho * 1000) / 1000;

export interface CorrelationRepairNoteProps {
  /** A check that repaired the matrix. */
  readonly check: CorrelationCheck;
  readonly pairs: readonly LevelCorrelation[];
  readonly nameOf: (id: string) => string;
  readonly onUse: (pairs: LevelCorrelation[]) => void;
}

/**
 * Correlations that cannot all hold together (A~B 0.9, B~C 0.9, A~C −0.9): the simulation uses the
 * nearest set that can. Says which pairs it changes and to what, in the order of the list above,
 * and offers to keep those values in their places in the list.
 */
export function CorrelationRepairNote({ check, pairs, nameOf, onUse }: CorrelationRepairNoteProps) {
  const convention = useNumberConvention();
  // Each pair named as the list names it (Backlog – Availability stays so), with the value entered.
  const entered = new Map(pairs.map((p) => [pairKey(p), p]));
  const text = (rho: number) => sentenceNumberText(rounded(rho), convention);
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>These correlations cannot all hold at once.</MessageBarTitle>
        The simulation uses the nearest set that can:
        <ul aria-label="Correlations the simulation uses">
          {inListOrder(pairs, check.adjusted).map((p) => {
            const typed = entered.get(pairKey(p));
            const named = typed ?? p;
            return (
              <li key={pairKey(p)}>
                {nameOf(named.first)} – {nameOf(named.second)}: {text(typed?.rho ?? 0)} →{' '}
                {text(p.rho)}
              </li>
            );
          })}
        </ul>
        <Caption1 block>
          “Use these values” puts them in the list, rounded to three decimals; a few may end up a
          little nearer 0 so that they still fit together.
        </Caption1>
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => onUse(withRepairedValues(pairs, repairedPairs(check)))}>
          Use these values
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
