import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintJwt } from './lint';

const RUNS = 10_000;
const b64url = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const good = `${b64url({ alg: 'RS256' })}.${b64url({ iss: '3MVG9abc', sub: 'a@b.com', aud: 'https://login.salesforce.com', exp: 2_000_000_000 })}.${'s'.repeat(342)}`;

/** Tokens a person could paste: random text, JSON segments of any shape, and a good token mutated. */
const pasted = fc.oneof(
  fc.string({ maxLength: 600 }),
  fc
    .tuple(fc.jsonValue({ maxDepth: 3 }), fc.jsonValue({ maxDepth: 3 }), fc.string({ maxLength: 40 }))
    .map(([h, p, s]) => `${b64url(h)}.${b64url(p)}.${s}`),
  fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 3 })).map(([i, junk]) => {
    const at = i % good.length;
    return good.slice(0, at) + junk + good.slice(at + 1);
  }),
  fc.array(fc.string({ maxLength: 30 }), { maxLength: 6 }).map((parts) => parts.join('.')),
);

describe('JWT decode + lint under generated input', () => {
  it(`never throws on ${RUNS} pasted tokens and returns well-formed findings`, () => {
    fc.assert(
      fc.property(pasted, fc.option(fc.webUrl(), { nil: undefined }), (token, endpoint) => {
        const report = lintJwt(token, { endpoint, now: 1_900_000_000 });
        for (const finding of report.findings) {
          expect(finding.code).toMatch(/^[a-z0-9-]+$/);
          expect(['error', 'warning', 'info']).toContain(finding.severity);
          expect(finding.message.length).toBeGreaterThan(0);
          expect(finding.hint.length).toBeGreaterThan(0);
          expect(finding.where.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
