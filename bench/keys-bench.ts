import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateRsaPrivateKeyPem } from '../electron/keys/key-generation';
import type { KeySize } from '../shared/keys/key-request';
import type { BenchRow } from './bench-row';
import { sideBySide, timeProcess } from './measure';

const RUNS = 7;
const PASSWORD = 'bench-pass';
const cliBundle = join(import.meta.dirname, '..', 'dist', 'node', 'cli.cjs');
const fresh = () => mkdtempSync(join(tmpdir(), 'sfjs-bench-keys-'));

/** The whole kit (key, .crt, .cer, .jks with the alias, .p12) as one CLI process. */
function kit(): number {
  return timeProcess(process.execPath, [
    cliBundle,
    'keys',
    'new',
    '--out',
    fresh(),
    '--cn',
    'bench',
    '--alias',
    'bench_key',
    '--password',
    PASSWORD,
  ]);
}

/**
 * What the tutorials make admins type (../shared/docs/jks-format.md, "Reference pipeline"): a key and
 * certificate, a PKCS#12, its conversion to JKS, and the alias change away from "1".
 */
function pipeline(): number {
  const dir = fresh();
  const at = (name: string) => join(dir, name);
  return (
    timeProcess('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      '/CN=bench',
      '-days',
      '365',
      '-keyout',
      at('key.pem'),
      '-out',
      at('cert.pem'),
    ]) +
    timeProcess('openssl', [
      'pkcs12',
      '-export',
      '-in',
      at('cert.pem'),
      '-inkey',
      at('key.pem'),
      '-passout',
      `pass:${PASSWORD}`,
      '-out',
      at('kit.p12'),
    ]) +
    timeProcess('keytool', [
      '-importkeystore',
      '-srckeystore',
      at('kit.p12'),
      '-srcstoretype',
      'PKCS12',
      '-srcstorepass',
      PASSWORD,
      '-destkeystore',
      at('kit.jks'),
      '-deststoretype',
      'JKS',
      '-deststorepass',
      PASSWORD,
      '-noprompt',
    ]) +
    timeProcess('keytool', [
      '-changealias',
      '-alias',
      '1',
      '-destalias',
      'bench_key',
      '-keystore',
      at('kit.jks'),
      '-storetype',
      'JKS',
      '-storepass',
      PASSWORD,
    ])
  );
}

async function keygenRow(bits: KeySize, runs: number): Promise<BenchRow> {
  const { a, b } = await sideBySide(
    async () => {
      const start = performance.now();
      await generateRsaPrivateKeyPem(bits);
      return performance.now() - start;
    },
    () => timeProcess('openssl', ['genrsa', '-out', join(fresh(), 'k.pem'), String(bits)]),
    runs,
  );
  const ratio = a / b;
  return {
    name: `RSA ${bits} key generation (in process, native)`,
    value: a,
    unit: 'ms',
    anchor: { name: `openssl genrsa ${bits}`, value: b },
    ratio,
    target: '≤ 1.5×',
    pass: ratio <= 1.5,
    runs,
  };
}

/** Keys: the whole kit against the tutorials' pipeline, and native key generation against openssl. */
export default async function keysBench(): Promise<BenchRow[]> {
  const { a, b } = await sideBySide(kit, pipeline, RUNS);
  const ratio = a / b;
  return [
    {
      name: 'key kit: key, .crt, .cer, .jks, .p12 (one CLI process)',
      value: a,
      unit: 'ms',
      anchor: { name: 'openssl req + pkcs12, keytool -importkeystore + -changealias', value: b },
      ratio,
      target: '≤ 0.2×',
      pass: ratio <= 0.2,
      runs: RUNS,
    },
    // RSA key generation time swings with the random prime search (4096 bits: 0.5–4 s), hence more runs.
    await keygenRow(2048, 15),
    await keygenRow(4096, 11),
  ];
}
