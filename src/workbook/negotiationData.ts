import { type OutcomeModel } from '../engine/terms/outcomeModel';
import { sameData } from '../engine/terms/sameData';
import { ACTUALS_TABLE } from './actualsTable';
import { allOrNothing } from './allOrNothing';
import { CHANGE_LOG_SHEET, CHANGE_LOG_TABLE } from './changeLog';
import { MODEL_DOCUMENT_KEY, parseModelDocument, serializeModelDocument } from './modelDocument';
import { DRAFT_DOCUMENT_KEY } from './modelDraft';
import { SCENARIO_SHEET } from './scenarioSheet';
import { readIndex, RUN_HISTORY_SHEET } from './runHistorySheet';
import { statementSheetName } from './statementSheet';
import { TERM_DIFFERENCES_SHEET } from './termDifferencesSheet';
import { revisionOf, sameRevision, type StoredRevision } from './storedRevision';
import { type CellValue, type WorkbookHost } from './workbookHost';

/**
 * What a workbook tells whoever receives it about the negotiation, and removing it. Deal teams
 * send the working file to the other side, and the file carries more than the sheets show: the
 * stored model (every proposal, the walk-away counter too, and every scenario), the change log,
 * the simulation results and a draft of unwritten edits. The contract and the service review
 * (actuals, statements) are what both sides share, so they stay.
 */

export type StoredModelContents =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'ok';
      /** Size of the stored text in UTF-8, as the file holds it. */
      readonly bytes: number;
      readonly proposals: readonly string[];
      readonly scenarios: readonly string[];
    }
  | { readonly kind: 'unreadable'; readonly bytes: number; readonly message: string };

export interface WorkbookContents {
  readonly storedModel: StoredModelContents;
  /** Rows of the OM_ChangeLog table; null when the workbook has neither that table nor its sheet. */
  readonly changeLogRows: number | null;
  /** Whether the OM_Scenarios sheet of simulation results exists. */
  readonly resultsSheet: boolean;
  /** Whether edits not yet written are kept in the workbook as a draft. */
  readonly draftKept: boolean;
  /** Rows of the OM_Actuals table (they stay: the service review shares them). */
  readonly actualsRows: number;
  /** How many statement sheets there are (they stay). */
  readonly statementSheets: number;
  /** Compare runs kept on the hidden OM_RunHistory sheet; absent when the workbook has no run history. */
  readonly keptRuns?: number;
  /** Whether the OM_TermDifferences sheet exists; absent when it does not. */
  readonly termDifferencesSheet?: boolean;
}

/** What a removal took out of the workbook: the negotiation part of its contents before. */
export interface RemovedNegotiationData {
  readonly proposals: readonly string[];
  readonly scenarios: readonly string[];
  readonly changeLogRows: number | null;
  readonly resultsSheet: boolean;
  readonly draft: boolean;
  /** Kept Compare runs removed with the OM_RunHistory sheet; absent when there was no run history. */
  readonly keptRuns?: number;
  /** Present (true) when the OM_TermDifferences sheet was removed. */
  readonly termDifferencesSheet?: boolean;
  /** Sheets emptied that Excel would not delete (the last visible sheet, a protected workbook). */
  readonly sheetsLeft: readonly string[];
}

export type RemovalResult =
  | {
      readonly kind: 'removed';
      /** The stored model now: the contract alone; null when the workbook stores none. */
      readonly model: OutcomeModel | null;
      /** The stored model now in the workbook: the next write expects it. */
      readonly revision: StoredRevision;
      readonly removed: RemovedNegotiationData;
    }
  /** Another pane or a co-author wrote the model since it was read; nothing was removed. */
  | { readonly kind: 'stale'; readonly current: StoredRevision };

/** UTF-8 length without TextEncoder (absent in some test environments); a lone surrogate counts as U+FFFD. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

const names = (items: readonly { name: string }[] | undefined) => (items ?? []).map((i) => i.name);

type ParsedModel = ReturnType<typeof parseModelDocument>;

function storedModelContents(text: string | null, parsed: ParsedModel | null): StoredModelContents {
  if (text === null || parsed === null) return { kind: 'none' };
  const bytes = utf8Bytes(text);
  if (parsed.kind === 'invalid') return { kind: 'unreadable', bytes, message: parsed.message };
  const { proposals, scenarios } = parsed.model;
  return { kind: 'ok', bytes, proposals: names(proposals), scenarios: names(scenarios) };
}

/**
 * Whether the draft holds edits the stored model does not. An empty text is how a cleared draft
 * stays behind (modelDraft.ts); one equal to the stored model (kept as a write went by) adds nothing.
 */
function draftCarriesEdits(draft: string | null, stored: ParsedModel | null): boolean {
  if (!draft) return false;
  const kept = parseModelDocument(draft);
  return !(kept.kind === 'ok' && stored?.kind === 'ok' && sameData(kept.model, stored.model));
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const filled = (rows: readonly (readonly CellValue[])[]) =>
  // Excel keeps one data row in a table emptied of rows: a blank row is no row.
  rows.filter((row) => row.some((cell) => cell !== '')).length;

async function tableRows(host: WorkbookHost, name: string): Promise<number | null> {
  const table = await host.readTable(name);
  return table === null ? null : filled(table.rows);
}

/**
 * Rows of the run history (readable or not: all go with it); null when there is none, or when a
 * sheet of that name is someone's own, which is neither counted nor removed.
 */
async function keptRunRows(host: WorkbookHost): Promise<number | null> {
  const index = await readIndex(host).catch(() => null);
  return index === null ? null : index.filter((row) => row.kind !== 'empty').length;
}

/** Present only when the workbook has a run history, so the reports say nothing of one it lacks. */
const keptRunsPart = (keptRuns: number | null) => (keptRuns === null ? {} : { keptRuns });

/** Present only when the workbook has the term-by-term sheet, as keptRunsPart. */
const termDifferencesPart = (exists: boolean) => (exists ? { termDifferencesSheet: true } : {});

/** The negotiation data the workbook holds, read once for both the report and the removal. */
async function negotiationParts(host: WorkbookHost) {
  const [sheets, text, changeLogTable, draft, keptRuns] = await Promise.all([
    host.listSheets(),
    host.readStoredDocument(MODEL_DOCUMENT_KEY),
    tableRows(host, CHANGE_LOG_TABLE),
    host.readStoredDocument(DRAFT_DOCUMENT_KEY),
    keptRunRows(host),
  ]);
  const changeLogSheet = sheets.some((s) => same(s, CHANGE_LOG_SHEET));
  const stored = text === null ? null : parseModelDocument(text);
  return {
    sheets,
    text,
    stored,
    changeLogRows: changeLogTable ?? (changeLogSheet ? 0 : null),
    resultsSheet: sheets.some((s) => same(s, SCENARIO_SHEET)),
    draftKept: draftCarriesEdits(draft, stored),
    keptRuns,
    termDifferencesSheet: sheets.some((s) => same(s, TERM_DIFFERENCES_SHEET)),
  };
}

export async function workbookContents(host: WorkbookHost): Promise<WorkbookContents> {
  const parts = await negotiationParts(host);
  // Every statement sheet's name starts as statementSheetName gives it: "OM_Statement_".
  const statementPrefix = statementSheetName('');
  return {
    storedModel: storedModelContents(parts.text, parts.stored),
    changeLogRows: parts.changeLogRows,
    resultsSheet: parts.resultsSheet,
    draftKept: parts.draftKept,
    actualsRows: (await tableRows(host, ACTUALS_TABLE)) ?? 0,
    statementSheets: parts.sheets.filter((s) =>
      same(s.slice(0, statementPrefix.length), statementPrefix),
    ).length,
    ...keptRunsPart(parts.keptRuns),
    ...termDifferencesPart(parts.termDifferencesSheet),
  };
}

/**
 * Rewrites the stored model with the contract alone and deletes the change log, the results sheet,
 * the run history and the draft, all or nothing. Expects the stored model the pane read, as a save does: over a
 * newer one it removes nothing ("stale"). An unreadable stored model is refused: which part of it
 * is the contract cannot be told, and rewriting it would lose the rest unasked.
 */
export async function removeNegotiationData(
  host: WorkbookHost,
  expectedRevision: StoredRevision,
  now: Date,
): Promise<RemovalResult> {
  const parts = await negotiationParts(host);
  const current = revisionOf(parts.text);
  if (!sameRevision(current, expectedRevision)) return { kind: 'stale', current };
  const { stored } = parts;
  if (stored?.kind === 'invalid')
    throw new Error(
      `The stored model cannot be read, so the contract to keep is not known; nothing was removed. ${stored.message}`,
    );
  const model = stored === null ? null : { contract: stored.model.contract };
  const text = model === null ? null : serializeModelDocument(model, now);
  const sheets = [CHANGE_LOG_SHEET, SCENARIO_SHEET];
  if (parts.keptRuns !== null) sheets.push(RUN_HISTORY_SHEET);
  if (parts.termDifferencesSheet) sheets.push(TERM_DIFFERENCES_SHEET);
  await allOrNothing(host, async (journal) => {
    if (text !== null) await journal.writeStoredDocument(MODEL_DOCUMENT_KEY, text);
    // The table first: someone may have moved it off its own sheet.
    await journal.deleteTable(CHANGE_LOG_TABLE);
    for (const sheet of sheets) await journal.deleteSheet(sheet);
    await journal.deleteStoredDocument(DRAFT_DOCUMENT_KEY);
  });
  const after = await host.listSheets();
  return {
    kind: 'removed',
    model,
    revision: revisionOf(text),
    removed: {
      proposals: names(stored?.model.proposals),
      scenarios: names(stored?.model.scenarios),
      changeLogRows: parts.changeLogRows,
      resultsSheet: parts.resultsSheet,
      draft: parts.draftKept,
      ...keptRunsPart(parts.keptRuns),
      ...termDifferencesPart(parts.termDifferencesSheet),
      sheetsLeft: sheets.filter((sheet) => after.some((s) => same(s, sheet))),
    },
  };
}
