import type { ErrorShape } from '../errors/studio-error';

/** What every API call answers: a value, or a coded error. Never an exception across a boundary. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorShape };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: ErrorShape): Result<never> => ({ ok: false, error });
