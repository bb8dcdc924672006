import { type GoalSeekTerm } from '../../engine/analyses/goalSeekTerms';
import { type NumberConvention, writeNumberText } from '../../engine/rules/numberText';
import { type Contract, type ServiceLevel } from '../../engine/terms/contract';
import { type ContractEditorAction } from '../editor/contractEditorReducer';
import { displayName } from '../serviceLevels/displayName';

/**
 * The terms a negotiator can goal-seek on, as the pane lists them, and the edit that puts a value
 * found into a contract (the same edit typing it would make, so the editors treat it as typed).
 */

export interface TermChoice {
  /** The term as text, for a select's value: its JSON, which reads back as the term. */
  readonly value: string;
  readonly label: string;
  readonly term: GoalSeekTerm;
  /** Shares (at-risk, allocations, rates) are typed and shown as percentages. */
  readonly percent: boolean;
}

const unitAfter = (sl: ServiceLevel) =>
  sl.unit === '' ? '' : sl.unit === '%' ? ' %' : ` ${sl.unit}`;

function choice(term: GoalSeekTerm, label: string, percent = true): TermChoice {
  return { value: JSON.stringify(term), label, term, percent };
}

/** "Availability band ≥ 99,5 %: rate", or "… band at attainment ≥ 0,8: rate". */
function bandLabel(sl: ServiceLevel, bound: number, convention: NumberConvention): string {
  const at = writeNumberText(bound, convention);
  return sl.bands.basis === 'attainment'
    ? `${displayName(sl)} band at attainment ≥ ${at}: rate`
    : `${displayName(sl)} band ≥ ${at}${unitAfter(sl)}: rate`;
}

/** At-risk %, monthly fee, then each critical level's allocation and band rates, in the contract's order. */
export function termChoices(contract: Contract, convention: NumberConvention): TermChoice[] {
  const choices = [
    choice({ kind: 'atRiskShare' }, 'At-risk %'),
    choice({ kind: 'monthlyCharges' }, 'Monthly fee', false),
  ];
  for (const sl of contract.serviceLevels.filter((s) => s.critical)) {
    choices.push(
      choice({ kind: 'allocation', serviceLevelId: sl.id }, `${displayName(sl)}: allocation`),
    );
    sl.bands.rows.forEach((row, index) =>
      choices.push(
        choice(
          { kind: 'bandRate', serviceLevelId: sl.id, row: index },
          bandLabel(sl, row.bound, convention),
        ),
      ),
    );
  }
  return choices;
}

/** The editor action that sets the term to `value`. */
export function termEdit(term: GoalSeekTerm, value: number): ContractEditorAction {
  switch (term.kind) {
    case 'atRiskShare':
      return { type: 'updateTerms', changes: { atRiskShare: value } };
    case 'monthlyCharges':
      return { type: 'updateTerms', changes: { monthlyCharges: value } };
    case 'allocation':
      return {
        type: 'updateServiceLevel',
        id: term.serviceLevelId,
        changes: { allocation: value },
      };
    case 'bandRate':
      return {
        type: 'updateBand',
        id: term.serviceLevelId,
        index: term.row,
        changes: { rate: value },
      };
  }
}

/**
 * The value with the fewest significant digits within [lower, upper] (the goal seek's final
 * bracket, where the crossing lies), so a contract gets 14.2857% rather than 14.285714285%.
 */
export function shortestWithin(value: number, lower: number, upper: number): number {
  const magnitude = Math.max(Math.abs(lower), Math.abs(upper), Math.abs(value));
  if (!(magnitude > 0)) return value;
  for (let k = Math.ceil(Math.log10(magnitude)); k >= -15; k--) {
    const step = 10 ** k;
    const candidate = Number((Math.round(value / step) * step).toPrecision(15));
    if (candidate >= lower && candidate <= upper) return candidate;
  }
  return value;
}
