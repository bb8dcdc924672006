import * as z from './schemaLibrary';
import { type OutcomeModel } from '../engine/terms/outcomeModel';
import { modelSchema } from './modelSchema';

/**
 * The model as stored in the workbook: versioned JSON, validated as a whole when read, because a
 * workbook can be edited by anyone (or by an older or newer Outcome Modeler) between two reads.
 */

export const MODEL_DOCUMENT_KEY = 'OutcomeModeler.model';
export const DOCUMENT_FORMAT = 'outcome-modeler';
export const CURRENT_VERSION = 1;

export type ParsedModelDocument =
  | { readonly kind: 'ok'; readonly model: OutcomeModel }
  | { readonly kind: 'invalid'; readonly message: string };

/** Rewrites a document of version n into version n + 1 (the envelope's version is set by the caller). */
export type Migration = (document: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/** One step per older version, keyed by the version it upgrades from; add one when the format changes. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

const envelopeSchema = z.object({
  format: z.literal(DOCUMENT_FORMAT),
  version: z.number().int().min(1),
  savedAt: z.string(),
  model: z.unknown(),
});

export function serializeModelDocument(model: OutcomeModel, now: Date): string {
  return JSON.stringify({
    format: DOCUMENT_FORMAT,
    version: CURRENT_VERSION,
    savedAt: now.toISOString(),
    model,
  });
}

export function parseModelDocument(text: string): ParsedModelDocument {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return invalid(
      `The stored model is not valid JSON (${e instanceof Error ? e.message : String(e)}).`,
    );
  }
  const envelope = envelopeSchema.safeParse(json, { reportInput: true });
  if (!envelope.success) {
    return invalid(
      `The stored model is not an Outcome Modeler document: ${describeIssues(envelope.error.issues)}.`,
    );
  }
  const upgraded = migrateDocument(
    json as Record<string, unknown>,
    envelope.data.version,
    MIGRATIONS,
    CURRENT_VERSION,
  );
  if (upgraded.kind === 'invalid') return upgraded;
  const model = modelSchema.safeParse(upgraded.document.model, { reportInput: true });
  if (!model.success) {
    // A size limit is the reason to name first: the model was refused before the pane tried to show it.
    const tooLarge = model.error.issues.filter((issue) => issue.code === 'too_big');
    if (tooLarge.length > 0)
      return invalid(`The stored model is too large to open: ${describeIssues(tooLarge)}.`);
    return invalid(`The stored model is damaged: ${describeIssues(model.error.issues)}.`);
  }
  return { kind: 'ok', model: model.data };
}

/** Applies the migration steps from `version` up to `target`. */
export function migrateDocument(
  document: Record<string, unknown>,
  version: number,
  migrations: Readonly<Record<number, Migration>>,
  target: number,
):
  | { readonly kind: 'ok'; readonly document: Record<string, unknown> }
  | { readonly kind: 'invalid'; readonly message: string } {
  if (version > target) {
    return invalid(
      `The stored model was written by a newer Outcome Modeler (format version ${version}; this one reads up to ${target}). Update the add-in to open it.`,
    );
  }
  let current = document;
  for (let v = version; v < target; v++) {
    const step = migrations[v];
    if (!step)
      return invalid(
        `The stored model has format version ${version}, which this Outcome Modeler cannot upgrade (no step from version ${v}).`,
      );
    current = { ...step(current), version: v + 1 };
  }
  return { kind: 'ok', document: current };
}

const invalid = (message: string) => ({ kind: 'invalid' as const, message });

/** "serviceLevels[2].expected: expected number, got "abc"", then how many more problems there are. */
function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const first = issues[0];
  const more =
    issues.length > 1
      ? ` (and ${issues.length - 1} more ${issues.length === 2 ? 'problem' : 'problems'})`
      : '';
  const path = pathText(first.path);
  return `${path === '' ? '' : `${path}: `}${issueText(first)}${more}`;
}

function pathText(path: readonly PropertyKey[]): string {
  // Paths inside the contract are named as the user knows them, without the envelope around them.
  const inside = path[0] === 'contract' ? path.slice(1) : path;
  let text = '';
  for (const part of inside)
    text += typeof part === 'number' ? `[${part}]` : `${text === '' ? '' : '.'}${String(part)}`;
  return text;
}

function issueText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `missing (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${shortJson(issue.input)}`;
    case 'invalid_value': {
      const expected = issue.values.map((v) => JSON.stringify(v)).join(' or ');
      return issue.input === undefined
        ? `missing (expected ${expected})`
        : `expected ${expected}, got ${shortJson(issue.input)}`;
    }
    case 'invalid_union': {
      // A discriminated union names the kinds it knows; other unions have only zod's message.
      const options = (issue as { options?: readonly unknown[] }).options;
      return options
        ? `expected ${options.map((v) => JSON.stringify(v)).join(' or ')}`
        : issue.message;
    }
    default:
      return issue.message;
  }
}

function shortJson(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
