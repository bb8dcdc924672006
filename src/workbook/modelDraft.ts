import { type OutcomeModel } from '../engine/terms/outcomeModel';
import { sameData } from '../engine/terms/sameData';
import { parseModelDocument, serializeModelDocument } from './modelDocument';
import { type WorkbookHost } from './workbookHost';

/**
 * The pane's edits that were not yet written, kept in the workbook as they are made: Excel drops
 * the pane's state when the pane closes or reloads, and a negotiator must not lose what they typed.
 * Like the stored model, the draft travels inside the file; writing the model clears it.
 */
export const DRAFT_DOCUMENT_KEY = 'OutcomeModeler.draft';

export interface ModelDraft {
  readonly model: OutcomeModel;
  /** When the draft was kept (ISO 8601). */
  readonly savedAt: string;
}

/** The draft, when there is one that can be read and differs from the stored model. */
export async function readDraft(
  host: WorkbookHost,
  stored: OutcomeModel | null,
): Promise<ModelDraft | null> {
  const text = await host.readStoredDocument(DRAFT_DOCUMENT_KEY);
  if (!text) return null;
  const parsed = parseModelDocument(text);
  // A draft that cannot be read is left where it is, not offered and not overwritten until the next edit.
  if (parsed.kind !== 'ok' || sameData(parsed.model, stored)) return null;
  const savedAt = (JSON.parse(text) as { savedAt: string }).savedAt;
  return { model: parsed.model, savedAt };
}

/**
 * Keeps the draft, if it could be read back: a draft the stored-model rules refuse (a term over
 * the limit) would be dropped unseen at the next load, so it is refused now, and the pane says so.
 */
export async function writeDraft(host: WorkbookHost, model: OutcomeModel, now: Date) {
  const text = serializeModelDocument(model, now);
  const check = parseModelDocument(text);
  if (check.kind === 'invalid')
    throw new Error(check.message.replace(/^The stored model/, 'The edited model'));
  await host.writeStoredDocument(DRAFT_DOCUMENT_KEY, text);
}

/** An empty text is no draft: hosts keep a setting once made, and an empty one costs nothing. */
export async function clearDraft(host: WorkbookHost) {
  if (await host.readStoredDocument(DRAFT_DOCUMENT_KEY))
    await host.writeStoredDocument(DRAFT_DOCUMENT_KEY, '');
}
