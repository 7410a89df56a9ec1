import type { Schema } from './schema';

/**
 * One operation of the API: the schema its input must pass, and (as a type only) what it answers.
 * Curried so the output type is written once and the input type is inferred from its schema:
 * `method<KeySummary>()(s.object({...}))`.
 */
export interface MethodSpec<I, O> {
  readonly input: Schema<I>;
  /** Phantom: carries the output type, never set at run time. */
  readonly output?: O;
}

export const method =
  <O>() =>
  <I>(input: Schema<I>): MethodSpec<I, O> => ({ input });
