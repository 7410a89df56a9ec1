import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StudioError } from '../errors/studio-error';
import { PROFILE_EXPORT_FORMAT, parseProfileExport } from './profile-export';

const RUNS = 10_000;

/** A well-formed export, as Profiles → Export writes it (the key sealed with a passphrase). */
const valid = {
  format: PROFILE_EXPORT_FORMAT,
  version: 1,
  name: 'Acme production',
  exportedAt: '2026-11-24T08:00:00.000Z',
  config: {
    appKind: 'external',
    environment: { kind: 'my-domain', myDomain: 'acme' },
    clientId: '3MVG9abc',
    username: 'integration@acme.com',
    endpoint: 'https://acme.my.salesforce.com',
    aud: 'https://acme.my.salesforce.com',
  },
  key: {
    alias: 'salesforce_jwt',
    certificatePem: '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ2F0\n-----END CERTIFICATE-----\n',
    privateKey: {
      scheme: 'passphrase',
      kdf: 'scrypt',
      n: 32768,
      r: 8,
      p: 1,
      salt: 'c2FsdHNhbHRzYWx0c2FsdA==',
      iv: 'aXZpdml2aXZpdml2',
      tag: 'dGFndGFndGFndGFndGFnMQ==',
      ciphertext: 'Y2lwaGVydGV4dA==',
    },
  },
};

type Json = Record<string, unknown>;

/** The valid export with one value somewhere replaced by anything, or removed. */
const mutated = fc
  .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }))
  .map(([picks, replacement]) => {
    const copy = structuredClone(valid) as Json;
    let node: Json = copy;
    for (let depth = 0; depth < picks.length; depth++) {
      const keys = Object.keys(node);
      const key = keys[(picks[depth] as number) % keys.length] as string;
      const child = node[key];
      if (depth === picks.length - 1 || typeof child !== 'object' || child === null) {
        if (replacement === undefined) delete node[key];
        else node[key] = replacement;
        break;
      }
      node = child as Json;
    }
    return JSON.stringify(copy);
  });

const anyFile = fc.oneof(
  { weight: 6, arbitrary: mutated },
  { weight: 2, arbitrary: fc.json({ maxDepth: 3 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 500 }) },
);

describe('profile import under damaged files', () => {
  it('reads the well-formed export', () => {
    expect(parseProfileExport(JSON.stringify(valid)).name).toBe('Acme production');
  });

  it(`answers ${RUNS} damaged files with the profile or a coded error with a hint`, () => {
    fc.assert(
      fc.property(anyFile, (text) => {
        try {
          parseProfileExport(text);
        } catch (error) {
          if (!(error instanceof StudioError)) throw new Error(`raw ${String(error)}`);
          expect(error.code).toMatch(/^import-/);
          expect(error.hint).toBeTruthy();
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses scrypt costs that would make the app allocate gigabytes', () => {
    const greedy = structuredClone(valid);
    greedy.key.privateKey.n = 1_048_576;
    greedy.key.privateKey.r = 32;
    expect(() => parseProfileExport(JSON.stringify(greedy))).toThrow(/damaged or incomplete/);
  });
});
