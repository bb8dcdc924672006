import { type OutcomeModel } from '../../engine/terms/outcomeModel';
import { modelProposals } from '../../engine/terms/proposal';
import { type ShareChoice } from '../../workbook/share/shareChoice';

/** What each sheet of the counterparty file holds, and what stays out of it, in a reader's words. */

export interface SheetLine {
  readonly sheet: string;
  readonly holds: string;
}

export function sheetLines(
  model: OutcomeModel,
  choice: ShareChoice,
  sheets: readonly string[],
): SheetLine[] {
  const chosen = modelProposals(model).filter((p) => choice.proposalIds.includes(p.id));
  const scenarios = (model.scenarios ?? []).filter((s) => choice.scenarioIds.includes(s.id));
  const cases = [
    'their own expected and minimum levels',
    ...scenarios.map((s) => `${s.name}’s mean month`),
    'values the reader types',
  ];
  const levels = model.contract.serviceLevels.length;
  return sheets.map((sheet, i) => {
    if (i === 0)
      return {
        sheet,
        holds: `Money terms, ${levels} service level${levels === 1 ? '' : 's'} and their bands`,
      };
    if (sheet.startsWith('Money'))
      return { sheet, holds: 'One failure, worst and best month and year per service level' };
    if (sheet.startsWith('Statement'))
      return {
        sheet,
        holds: 'Measured values, credits, incentives, earnback and the invoice adjustment',
      };
    if (sheet.startsWith('Comparison'))
      return {
        sheet,
        holds: `${chosen.map((p) => p.name).join(', ')} priced at ${listText(cases)}`,
      };
    return { sheet, holds: 'Terms of a proposal in the comparison' };
  });
}

/** What the file leaves out: everything not chosen, by kind, never by name beyond this pane. */
export function leftOutLines(model: OutcomeModel, choice: ShareChoice): string[] {
  const proposals = (model.proposals ?? []).filter(
    (p) => !choice.proposalIds.includes(p.id),
  ).length;
  const scenarios = (model.scenarios ?? []).filter(
    (s) => !choice.scenarioIds.includes(s.id),
  ).length;
  const lines = ['The stored model, its settings and any unwritten edits'];
  if (proposals > 0)
    lines.push(`${proposals} proposal${proposals === 1 ? '' : 's'} you did not choose`);
  if (scenarios > 0)
    lines.push(`${scenarios} scenario${scenarios === 1 ? '' : 's'} you did not choose`);
  lines.push('The change log, simulation results and run settings');
  lines.push(choice.statementPeriod === null ? 'Actuals' : 'Actuals of other months');
  return lines;
}

function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
