import { type ActualRecord } from '../../engine/review/actuals';
import { reviewPeriod } from '../../engine/review/serviceReview';
import { type StatementInputs } from '../../engine/review/statementLevers';
import { fail, ok, type Result } from '../../engine/rules/result';
import { contractIssues } from '../../engine/terms/contractValidation';
import { countText } from '../../engine/terms/limits';
import { type OutcomeModel } from '../../engine/terms/outcomeModel';
import { CURRENT_CONTRACT_ID, modelProposals } from '../../engine/terms/proposal';
import { comparisonSheet } from './comparisonSheet';
import { moneySheet } from './moneySheet';
import { type ShareChoice } from './shareChoice';
import { sheetName, type SharedSheet } from './sharedSheet';
import { statementShare } from './statementShare';
import { termsSheet, type TermRefs } from './termsSheet';

/**
 * The counterparty file's sheets, from the model and what the user chose: the contract's terms,
 * then the money view, a month's statement and the comparison when chosen. Built from the chosen
 * parts only, so nothing else can travel: not the stored model, not other proposals or scenarios,
 * not the change log or simulation results.
 */
export interface ShareSource {
  readonly model: OutcomeModel;
  /** The actuals imported for the service review (for a statement). */
  readonly actuals: readonly ActualRecord[];
  /** The contract's first month, given or the earliest actuals' (for a statement). */
  readonly start: string | null;
  /** The units and year's cost each written statement was made with, by period. */
  readonly statementInputs?: Readonly<Record<string, StatementInputs>>;
}

/** Repeated failures are the working workbook's watch, not part of a statement's money. */
const NO_RULE = null;

/**
 * Rows the comparison may have: far above a real negotiation (5 proposals × 6 cases × 30 service
 * levels is about 1,200), low enough that the file stays a few megabytes — Excel on the web refuses
 * larger requests — and the pane's preview stays quick.
 */
export const MAX_COMPARISON_ROWS = 50_000;

/** Rows of each proposal's month block under one case: its lines plus the terms, totals and caps around them. */
const BLOCK_ROWS_BESIDE_LINES = 11;
/** Cases every comparison prices: each proposal's expected and minimum levels, and the reader's own. */
const CASES_BESIDE_SCENARIOS = 3;

export function counterpartySheets(
  source: ShareSource,
  choice: ShareChoice,
): Result<SharedSheet[]> {
  const { model } = source;
  const chosen = modelProposals(model).filter((p) => choice.proposalIds.includes(p.id));
  for (const p of [{ name: model.contract.name, contract: model.contract }, ...chosen]) {
    const issues = contractIssues(p.contract);
    if (issues.length > 0)
      return fail('value', `${p.name}: ${issues[0].message}. Fix it before sharing.`);
  }
  const taken = new Set<string>();
  const contract = termsSheet(
    sheetName('Contract', taken),
    `Contract terms: ${model.contract.name}`,
    model.contract,
  );
  const sheets: SharedSheet[] = [contract.sheet];
  if (choice.money) sheets.push(moneySheet(sheetName('Money', taken), contract.refs));
  if (choice.statementPeriod !== null) {
    if (source.start === null)
      return fail('value', 'A statement needs the contract start or imported actuals');
    const review = reviewPeriod(
      model.contract,
      source.actuals,
      source.start,
      choice.statementPeriod,
      NO_RULE,
      source.statementInputs?.[choice.statementPeriod],
    );
    if (!review.ok) return review;
    sheets.push(
      statementShare(
        sheetName(`Statement ${choice.statementPeriod}`, taken),
        contract.refs,
        review.value,
        source.start,
      ),
    );
  }
  const scenarioCount = (model.scenarios ?? []).filter((s) =>
    choice.scenarioIds.includes(s.id),
  ).length;
  const comparisonRows = chosen.reduce(
    (t, p) =>
      t +
      (p.contract.serviceLevels.length + BLOCK_ROWS_BESIDE_LINES) *
        (CASES_BESIDE_SCENARIOS + scenarioCount),
    0,
  );
  if (comparisonRows > MAX_COMPARISON_ROWS)
    return fail(
      'value',
      `The comparison would have ${countText(comparisonRows)} rows, more than the ${countText(MAX_COMPARISON_ROWS)} one file holds well: choose fewer proposals or scenarios.`,
    );
  if (chosen.length > 0) {
    const comparisonName = sheetName('Comparison', taken);
    const compared: { label: string; terms: TermRefs }[] = [];
    for (const p of chosen) {
      if (p.id === CURRENT_CONTRACT_ID) {
        compared.push({ label: p.name, terms: contract.refs });
        continue;
      }
      const terms = termsSheet(
        sheetName(`Terms ${p.name}`, taken),
        `Proposal: ${p.name}`,
        p.contract,
      );
      sheets.push(terms.sheet);
      compared.push({ label: p.name, terms: terms.refs });
    }
    const scenarios = (model.scenarios ?? []).filter((s) => choice.scenarioIds.includes(s.id));
    // The comparison reads the proposals' terms sheets, which follow it in the workbook.
    sheets.splice(
      sheets.length - compared.filter((c) => c.terms !== contract.refs).length,
      0,
      comparisonSheet(comparisonName, compared, scenarios),
    );
  }
  return ok(sheets);
}
