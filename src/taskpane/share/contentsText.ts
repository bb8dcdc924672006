import { groupedNumberText, type NumberConvention } from '../../engine/rules/numberText';
import { CHANGE_LOG_SHEET } from '../../workbook/changeLog';
import { type WorkbookContents } from '../../workbook/negotiationData';
import { SCENARIO_SHEET } from '../../workbook/scenarioSheet';
import { TERM_DIFFERENCES_SHEET } from '../../workbook/termDifferencesSheet';

/**
 * The workbook's contents in plain words, with numbers as the user's locale writes them (the
 * convention the pane's fields use, so "14,5 KB" in German as "99,8" is typed there).
 */

/** A number in the convention's marks, grouped (see groupedNumberText). */
export const figureText = groupedNumberText;

/** "812 bytes", "1.5 KB", "14 KB", "2.3 MB": binary units, as Windows shows file sizes. */
export function sizeText(bytes: number, convention: NumberConvention): string {
  if (bytes < 1024) return `${figureText(bytes, convention)} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${figureText(kb, convention, kb < 10 ? 1 : 0)} KB`;
  return `${figureText(kb / 1024, convention, 1)} MB`;
}

function counted(n: number, one: string, convention: NumberConvention): string {
  return `${figureText(n, convention)} ${one}${n === 1 ? '' : 's'}`;
}

/** "3 proposals: Our offer, Their counter, Walk-away", or "No proposals". */
function namedItems(names: readonly string[], one: string, convention: NumberConvention): string {
  if (names.length === 0) return `No ${one}s`;
  return `${counted(names.length, one, convention)}: ${names.join(', ')}`;
}

/** One line per thing the workbook carries to whoever receives it, negotiation data first. */
export function carriedLines(contents: WorkbookContents, convention: NumberConvention): string[] {
  const stored = contents.storedModel;
  const lines: string[] = [];
  if (stored.kind === 'none') lines.push('No stored model');
  else if (stored.kind === 'unreadable')
    lines.push(
      `Stored model: ${sizeText(stored.bytes, convention)}, which cannot be read (${stored.message})`,
    );
  else
    lines.push(
      `Stored model: ${sizeText(stored.bytes, convention)}`,
      namedItems(stored.proposals, 'proposal', convention),
      namedItems(stored.scenarios, 'scenario', convention),
    );
  lines.push(
    contents.changeLogRows === null
      ? 'No change log'
      : `Change log: ${counted(contents.changeLogRows, 'row', convention)}`,
    contents.resultsSheet
      ? `Simulation results sheet ${SCENARIO_SHEET}`
      : 'No simulation results sheet',
    contents.draftKept ? 'Unwritten edits kept in this workbook' : 'No unwritten edits kept',
  );
  if (contents.termDifferencesSheet)
    lines.push(`Term-by-term comparison sheet ${TERM_DIFFERENCES_SHEET}`);
  if (contents.keptRuns !== undefined)
    lines.push(`Run history: ${counted(contents.keptRuns, 'kept Compare run', convention)}`);
  return lines;
}

/** What the file carries that both sides share, and that stays: the contract and the service review. */
export function keptLine(contents: WorkbookContents, convention: NumberConvention): string {
  const actuals = `actuals (${counted(contents.actualsRows, 'row', convention)})`;
  const statements = counted(contents.statementSheets, 'statement sheet', convention);
  return `Also in this workbook, for both sides: the contract, ${actuals} and ${statements}.`;
}

/** What "Remove negotiation data" takes out of this workbook; empty when it carries none. */
export function removedItems(contents: WorkbookContents, convention: NumberConvention): string[] {
  const stored = contents.storedModel;
  const items: string[] = [];
  if (stored.kind === 'ok' && stored.proposals.length > 0)
    items.push(`From the stored model, ${namedItems(stored.proposals, 'proposal', convention)}`);
  if (stored.kind === 'ok' && stored.scenarios.length > 0)
    items.push(`From the stored model, ${namedItems(stored.scenarios, 'scenario', convention)}`);
  if (contents.changeLogRows !== null)
    items.push(
      `The change log: the ${CHANGE_LOG_SHEET} sheet (${counted(contents.changeLogRows, 'row', convention)})`,
    );
  if (contents.resultsSheet)
    items.push(`The simulation results: the ${SCENARIO_SHEET} sheet and its charts`);
  if (contents.termDifferencesSheet)
    items.push(`The term-by-term comparison: the ${TERM_DIFFERENCES_SHEET} sheet`);
  if (contents.keptRuns !== undefined)
    items.push(
      `The run history: the hidden OM_RunHistory sheet (${counted(contents.keptRuns, 'kept run', convention)})`,
    );
  if (contents.draftKept) items.push('The draft of unwritten edits kept in this workbook');
  return items;
}

/** What the removal leaves, so nobody fears for the contract. */
export const KEPT_ITEMS: readonly string[] = [
  'The contract, its service levels and bands (stored model and Contract sheet)',
  'Actuals, statements and trends of the service review',
  'Every other sheet',
];
