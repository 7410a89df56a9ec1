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

/** A claim nested `depth` levels deep, as objects or arrays or both, inside an otherwise good payload. */
const nested = (depth: number, kinds: boolean[]) => {
  let open = '';
  let close = '';
  for (let i = 0; i < depth; i++) {
    const array = kinds[i % kinds.length];
    open += array ? '[' : '{"k":';
    close = (array ? ']' : '}') + close;
  }
  return `{"iss":"3MVG9abc","deep":${open}"x"${close}}`;
};

describe('JWT decode + lint at the depth and size edges', () => {
  it('json-too-deep exactly when a segment nests past 64 levels, and never a throw up to 20,000', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 55, max: 75 }), fc.integer({ min: 76, max: 20_000 })),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (depth, kinds, inHeader) => {
          const deep = b64url(nested(depth, kinds));
          const token = inHeader ? `${deep}.${b64url({ iss: 'x' })}.sig` : `${b64url({ alg: 'RS256' })}.${deep}.sig`;
          const report = lintJwt(token, { now: 1_900_000_000 });
          // The payload object is one level, the "deep" claim's value adds `depth` more.
          const tooDeep = depth + 1 > 64;
          expect(report.findings.some((f) => f.code === 'json-too-deep')).toBe(tooDeep);
          if (tooDeep) expect(inHeader ? report.header : report.payload).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stays linear in size: a 1 MB token of one huge claim is linted in well under a second', () => {
    const token = `${b64url({ alg: 'RS256' })}.${b64url({ iss: 'x'.repeat(768 * 1024) })}.sig`;
    const start = performance.now();
    expect(lintJwt(token).findings.length).toBeGreaterThan(0);
    expect(performance.now() - start).toBeLessThan(3000);
  });
});
