import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { nativeRsaKey } from '../../test-support/judges';
import { StudioError } from '../errors/studio-error';
import { createSelfSignedCertificate } from './certificate';
import { exportKeyFile } from './key-export';
import { readKeyFile } from './key-file-import';
import { privateKeyFromPkcs8Pem } from './rsa-key';

const RUNS = 10_000;
const PASSWORD = 'fuzz pass copper kettle';
const seeds: { name: string; bytes: Uint8Array; weight: number }[] = [];

beforeAll(() => {
  const native = nativeRsaKey();
  const privateKey = privateKeyFromPkcs8Pem(native.pem);
  const certificate = createSelfSignedCertificate({
    privateKey,
    subject: { commonName: 'fuzz' },
    days: 30,
    signer: native.signer,
  });
  const source = { privateKey, certificate, alias: 'fuzz_key' };
  // PKCS#12 costs a key derivation per attempt, so it gets a smaller share of the cases.
  for (const [format, name, weight, password] of [
    ['key-pem', 'a.key', 4, undefined],
    ['key-pem', 'enc.key', 2, PASSWORD],
    ['crt-pem', 'a.crt', 4, undefined],
    ['cer-der', 'a.cer', 4, undefined],
    ['jks', 'a.jks', 4, PASSWORD],
    ['p12', 'a.p12', 1, PASSWORD],
  ] as const) {
    seeds.push({ name, bytes: exportKeyFile(source, format, password).bytes, weight });
  }
});

/** A real file of each format with bytes flipped, cut short or spliced; or random bytes. */
const damagedFile = () =>
  fc.oneof(
    ...seeds.map((seed) => ({
      weight: seed.weight,
      arbitrary: fc
        .oneof(
          fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }).map((flips) => {
            const copy = seed.bytes.slice();
            for (const [at, value] of flips) copy[at % copy.length] = value;
            return copy;
          }),
          fc.nat().map((cut) => seed.bytes.slice(0, cut % seed.bytes.length)),
          fc
            .uint8Array({ maxLength: 64 })
            .map((junk) => new Uint8Array([...seed.bytes.slice(0, 40), ...junk, ...seed.bytes.slice(40)])),
        )
        .map((bytes) => ({ name: seed.name, bytes })),
    })),
    { weight: 3, arbitrary: fc.uint8Array({ maxLength: 2048 }).map((bytes) => ({ name: 'random.bin', bytes })) },
  );

describe('key, certificate, PKCS#12 and JKS import under damaged input', () => {
  it(`answers ${RUNS} damaged files with contents or a coded error with a hint, never a raw exception`, () => {
    fc.assert(
      fc.property(damagedFile(), fc.constantFrom(undefined, PASSWORD, 'wrong-password'), (file, password) => {
        try {
          readKeyFile(file.bytes, { name: file.name, password });
        } catch (error) {
          if (!(error instanceof StudioError))
            throw new Error(`${file.name}: raw ${(error as Error)?.constructor?.name}: ${String(error)}`);
          expect(error.code).toMatch(/^[a-z0-9-]+$/);
          expect(error.hint).toBeTruthy();
        }
      }),
      { numRuns: RUNS },
    );
  }, 240_000);
});
