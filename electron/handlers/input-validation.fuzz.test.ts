import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contract, methodNames } from '../../shared/api/contract';
import { StudioError } from '../../shared/errors/studio-error';

const RUNS = 10_000;

/** Inputs shaped like what a hostile or broken renderer could send over IPC or HTTP. */
const hostileInput = fc.oneof(
  fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withTypedArray: true }),
  fc.dictionary(
    fc.constantFrom('name', 'password', 'token', '__proto__', 'constructor', 'endpoint', 'format'),
    fc.anything({ maxDepth: 2 }),
  ),
  fc.string({ maxLength: 2000 }),
);

describe('every API method validates its input', () => {
  it(`answers ${RUNS} hostile calls across all methods with a parsed input or a coded invalid-input error with a hint`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...methodNames), hostileInput, (method, input) => {
        try {
          contract[method].input.parse(input);
        } catch (error) {
          if (!(error instanceof StudioError)) throw new Error(`${method} threw a non-coded ${String(error)}`);
          expect(error.code).toBe('invalid-input');
          expect(error.hint).toBeTruthy();
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('rejects a non-object for every method that takes fields', () => {
    for (const method of methodNames) {
      for (const bad of [42, 'x', [], true]) {
        expect(() => contract[method].input.parse(bad), `${method} accepted ${JSON.stringify(bad)}`).toThrow(StudioError);
      }
    }
  });
});
