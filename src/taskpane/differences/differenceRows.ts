import { type MeasureEffects } from '../../engine/analyses/termDifferences';
import { type NumberConvention } from '../../engine/rules/numberText';
import { type ServiceLevel } from '../../engine/terms/contract';
import { termValueText } from '../../engine/terms/termText';
import {
  type TermDifferenceRow,
  type TermDifferencesSheetData,
} from '../../workbook/termDifferencesSheet';
import { levelsNote, REMAINDER, WHOLE_DIFFERENCE } from './differenceText';
import { type TermComparison } from './useTermDifferences';

/**
 * A comparison as rows: each differing term, each service level only one side has, then the whole
 * difference and the remainder. The pane shows them as cards and writes them as the sheet's table,
 * so both say the same. Scenario effects are there once their runs have completed.
 */

const INCLUDED = 'included';
const NOT_INCLUDED = 'not included';

function scenarioEffects(c: TermComparison): readonly MeasureEffects[] {
  return c.scenarioPart.status === 'completed' ? c.scenarioPart.effects.map((s) => s.effects) : [];
}

export function differenceRows(
  c: TermComparison,
  convention: NumberConvention,
): TermDifferenceRow[] {
  if (!c.levels.ok) return [];
  const { expected, minimum } = c.levels.value;
  const { plan } = c;
  const scenarios = scenarioEffects(c);
  const rows: TermDifferenceRow[] = plan.differences.map((d, i) => ({
    term: d.label,
    left: termValueText(plan.left.contract, d.ref, convention),
    right: termValueText(plan.right.contract, d.ref, convention),
    atExpected: expected.single[i],
    atMinimum: minimum.single[i],
    scenarios: scenarios.map((s) => s.single[i]),
  }));
  const oneSided = (sl: ServiceLevel, inLeft: boolean): TermDifferenceRow => ({
    term: `${sl.name.trim() || sl.id} (service level)`,
    left: inLeft ? INCLUDED : NOT_INCLUDED,
    right: inLeft ? NOT_INCLUDED : INCLUDED,
    atExpected: null,
    atMinimum: null,
    scenarios: scenarios.map(() => null),
  });
  rows.push(...plan.onlyInLeft.map((sl) => oneSided(sl, true)));
  rows.push(...plan.onlyInRight.map((sl) => oneSided(sl, false)));
  const total = (term: string, pick: 'whole' | 'remainder'): TermDifferenceRow => ({
    term,
    left: '',
    right: '',
    atExpected: expected[pick],
    atMinimum: minimum[pick],
    scenarios: scenarios.map((s) => s[pick]),
  });
  rows.push(total(WHOLE_DIFFERENCE, 'whole'), total(REMAINDER, 'remainder'));
  return rows;
}

/** What "Write to sheet" writes: the rows, with both sides' names and the runs behind them. */
export function sheetData(
  c: TermComparison,
  convention: NumberConvention,
): TermDifferencesSheetData {
  const completed = c.scenarioPart.status === 'completed' ? c.scenarioPart.effects : [];
  return {
    leftName: c.plan.left.name,
    rightName: c.plan.right.name,
    currency: c.plan.left.contract.currency,
    levelsNote: levelsNote(c.plan),
    run: completed.length > 0 ? c.run : null,
    scenarios: completed.map((s) => s.scenario.name),
    rows: differenceRows(c, convention),
  };
}
