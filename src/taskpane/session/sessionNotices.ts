import { type ScenarioSheetReport } from '../../runs/scenarioResults';
import { type RemovedNegotiationData } from '../../workbook/negotiationData';

/** What the pane tells the user after talking to the workbook. */
export interface Notice {
  readonly intent: 'success' | 'info' | 'warning' | 'error';
  readonly text: string;
  /** A choice the message offers beside its text. */
  readonly offer?: 'discardDraft';
}

export function savedNotice(changeCount: number): Notice {
  const changes = changeCount === 1 ? '1 change' : `${changeCount} changes`;
  return {
    intent: 'success',
    text: `Written to the workbook: ${changes} logged in the change log.`,
  };
}

/** After loading: which levels took their bands from the grid, and which grid tables could not be read. */
export function gridBandsNotice(
  bandsFromGrid: readonly string[],
  gridProblems: readonly string[] = [],
): Notice | null {
  const parts: string[] = [];
  if (bandsFromGrid.length > 0)
    parts.push(
      `Bands of ${bandsFromGrid.join(', ')} were read from the grid, where they had been edited.`,
    );
  if (gridProblems.length > 0)
    parts.push(
      `Band tables the pane could not read kept their stored bands: ${gridProblems.join('; ')}.`,
    );
  if (parts.length === 0) return null;
  return { intent: gridProblems.length > 0 ? 'warning' : 'info', text: parts.join(' ') };
}

export function failureNotice(doing: string, error: unknown): Notice {
  const reason = error instanceof Error ? error.message : String(error);
  return { intent: 'error', text: `Could not ${doing}: ${reason}` };
}

export const NOT_EMPTY_REASON =
  'The sample model needs an empty workbook, and this workbook already has content.';

export const SAMPLE_INSERTED: Notice = {
  intent: 'success',
  text: 'Sample model inserted: see the Contract, Performance and Summary sheets.',
};

export const STARTED_FRESH: Notice = {
  intent: 'info',
  text: 'Started a new contract. Writing it will replace the stored model that could not be read.',
};

export function resultsWrittenNotice(report: ScenarioSheetReport): Notice {
  const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  return {
    intent: 'success',
    text: `Results written to the ${report.sheet} sheet: ${count(report.tables.length, 'table')} and ${count(report.charts.length, 'chart')}, replacing the previous run.`,
  };
}

/** After loading edits that a closed or reloaded pane had kept but not written. */
export function draftRestoredNotice(savedAt: string, modelInWorkbook: boolean): Notice {
  const when = new Date(savedAt).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return {
    intent: 'info',
    offer: 'discardDraft',
    text: `Restored your edits from ${when}, which were not written to the workbook. Write to workbook keeps them; Discard them goes back to ${modelInWorkbook ? "the workbook's model" : 'an empty contract'}.`,
  };
}

export const DRAFT_DISCARDED: Notice = {
  intent: 'info',
  text: "Discarded the kept edits: the pane shows the workbook's model again.",
};

/** One message that says both: the first's intent and choice, the second's text after it. */
export function withMore(first: Notice, more: Notice | null): Notice {
  return more ? { ...first, text: `${first.text} ${more.text}` } : first;
}

const counted = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
const listed = (items: readonly string[]) =>
  items.length < 2
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** After removing the negotiation data: what went, what stayed, and any sheet Excel kept. */
export function negotiationDataRemovedNotice(removed: RemovedNegotiationData): Notice {
  const parts: string[] = [];
  if (removed.proposals.length > 0) parts.push(counted(removed.proposals.length, 'proposal'));
  if (removed.scenarios.length > 0) parts.push(counted(removed.scenarios.length, 'scenario'));
  if (removed.changeLogRows !== null)
    parts.push(`the change log (${counted(removed.changeLogRows, 'row')})`);
  if (removed.resultsSheet) parts.push('the simulation results sheet');
  if (removed.termDifferencesSheet) parts.push('the term-by-term sheet');
  if (removed.keptRuns !== undefined)
    parts.push(`the run history (${counted(removed.keptRuns, 'kept run')})`);
  if (removed.draft) parts.push('the kept draft of unwritten edits');
  const stays = 'The contract, its service levels and bands, actuals and statements stay.';
  const text =
    parts.length === 0
      ? `The workbook held no negotiation data to remove. ${stays}`
      : `Removed from the workbook: ${listed(parts)}. ${stays}`;
  if (removed.sheetsLeft.length === 0) return { intent: 'success', text };
  return {
    intent: 'warning',
    text: `${text} Excel did not delete the emptied ${removed.sheetsLeft.length === 1 ? 'sheet' : 'sheets'} ${listed(removed.sheetsLeft)}: delete ${removed.sheetsLeft.length === 1 ? 'it' : 'them'} by hand.`,
  };
}
