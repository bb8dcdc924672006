/** Domain errors are values: adapters map them to Excel errors, the pane to messages. */
export type ErrorCode = 'value' | 'div0' | 'na' | 'num';

export interface DomainError {
  readonly code: ErrorCode;
  readonly message: string;
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DomainError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (code: ErrorCode, message: string): { ok: false; error: DomainError } => ({
  ok: false,
  error: { code, message },
});

/** Thrown only inside the engine to unwind a parse; caught and turned into a Result at the boundary. */
export class DomainFailure extends Error {
  constructor(readonly error: DomainError) {
    super(error.message);
  }
}

/** Runs a computation that may throw DomainFailure and returns its Result. */
export function attempt<T>(compute: () => T): Result<T> {
  try {
    return ok(compute());
  } catch (e) {
    if (e instanceof DomainFailure) return { ok: false, error: e.error };
    throw e;
  }
}

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new DomainFailure(result.error);
  return result.value;
}
