import { type ScenarioSheetReport } from '../../runs/scenarioResults';

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
