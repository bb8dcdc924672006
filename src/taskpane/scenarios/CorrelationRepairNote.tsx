import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { writeNumberText } from '../../engine/rules/numberText';
import {
  type CorrelationCheck,
  type LevelCorrelation,
  repairedPairs,
} from '../../engine/simulation/levelCorrelation';
import { pairKey } from '../editor/scenarioRiskEdits';
import { useNumberConvention } from '../fields/numberConvention';

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
 * nearest set that can. Says which pairs it changes and to what, and offers to keep those values.
 */
export function CorrelationRepairNote({ check, pairs, nameOf, onUse }: CorrelationRepairNoteProps) {
  const convention = useNumberConvention();
  const entered = new Map(pairs.map((p) => [pairKey(p), p.rho]));
  const text = (rho: number) => writeNumberText(rounded(rho), convention);
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>These correlations cannot all hold at once.</MessageBarTitle>
        The simulation uses the nearest set that can:
        <ul aria-label="Correlations the simulation uses">
          {check.adjusted.map((p) => (
            <li key={pairKey(p)}>
              {nameOf(p.first)} – {nameOf(p.second)}: {text(entered.get(pairKey(p)) ?? 0)} →{' '}
              {text(p.rho)}
            </li>
          ))}
        </ul>
        “Use these values” enters them to three decimals, moved towards 0 where rounding would make
        them impossible together again.
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => onUse(repairedPairs(check))}>Use these values</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
