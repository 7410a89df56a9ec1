import type { ErrorCode } from './error-code';

/**
 * Errors are data: a stable `code` that tests and scripts assert, a `message` for a person, and a `hint`
 * that says what to do next (and where, when it is a Salesforce Setup page). They cross the IPC and HTTP
 * boundaries as plain objects, so the renderer renders them without knowing where they came from.
 */
export interface ErrorShape {
  code: ErrorCode;
  message: string;
  hint?: string;
}

export class StudioError extends Error implements ErrorShape {
  readonly code: ErrorCode;
  readonly hint?: string;

  constructor(code: ErrorCode, message: string, hint?: string) {
    super(message);
    this.name = 'StudioError';
    this.code = code;
    if (hint !== undefined) this.hint = hint;
  }

  toShape(): ErrorShape {
    return this.hint === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, hint: this.hint };
  }
}

export function isErrorShape(value: unknown): value is ErrorShape {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && typeof v.message === 'string' && (v.hint === undefined || typeof v.hint === 'string');
}

/** The wording of `internal-error` (listed in core-errors.ts); here, as the table module itself imports StudioError. */
export const INTERNAL_ERROR = {
  message: 'Something unexpected went wrong inside SF JWT Studio.',
  hint: 'Try again; if it keeps happening, report it with the steps that led here.',
} as const;

/**
 * Anything thrown below the boundary becomes an ErrorShape. Unknown exceptions keep a generic message: their
 * text may hold paths or secrets, and a stack trace helps no admin.
 */
export function toErrorShape(error: unknown): ErrorShape {
  if (error instanceof StudioError) return error.toShape();
  if (isErrorShape(error)) return { code: error.code, message: error.message, ...(error.hint ? { hint: error.hint } : {}) };
  return { code: 'internal-error', ...INTERNAL_ERROR };
}
