import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { cliErrors } from '../../shared/errors/cli-errors';
import { aliasFromName, lowerCaseNote } from '../../shared/keys/alias';
import { type ExportFormat, exportFormats } from '../../shared/keys/export-format';
import { checkCertificateRequest, checkKeySize, DEFAULT_KEY_SIZE, DEFAULT_VALIDITY_DAYS } from '../../shared/keys/key-request';
import { assertKeystorePassword } from '../../shared/keys/keystore-password';
import { assertStrongPassphrase } from '../../shared/profiles/passphrase';
import { writeFileAtomic } from '../files/atomic-write';
import { generateRsaPrivateKeyPem } from '../keys/key-generation';
import { parseCommandArgs, requireOption } from './cli-args';
import type { CliIO } from './cli-command';
import { writeProblem } from './cli-output';
import { prepareOutputFolder } from './keys-output-folder';
import { keysNewUsage } from './keys-usage';
import { wholeNumberOption } from './options';

/** The JSON keys of `--json`'s `files`, per exported format (a public interface: scripts depend on them). */
const FILE_KEYS = {
  'key-pem': 'privateKey',
  'crt-pem': 'certificate',
  'cer-der': 'certificateDer',
  jks: 'jks',
  p12: 'pkcs12',
} as const;

/**
 * `keys new`: the whole kit in one process. The private key, the certificate (PEM and DER) and, with a
 * password, the JKS Salesforce imports and a PKCS#12, all named after the alias. Existing files are never
 * overwritten: a private key lost to a typo is a certificate to re-upload.
 */
export async function runKeysNew(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs(
    args,
    {
      out: { type: 'string' },
      cn: { type: 'string' },
      org: { type: 'string' },
      bits: { type: 'string' },
      days: { type: 'string' },
      alias: { type: 'string' },
      password: { type: 'string' },
      'key-passphrase': { type: 'string' },
      json: { type: 'boolean' },
    },
    keysNewUsage,
  );
  const out = resolve(io.cwd, requireOption(values.out, '--out', keysNewUsage));
  const commonName = requireOption(values.cn, '--cn', keysNewUsage);
  const password = values.password === undefined ? undefined : assertKeystorePassword(values.password);
  const keyPassphrase = values['key-passphrase'] === undefined ? undefined : assertStrongPassphrase(values['key-passphrase']);
  const requestedAlias = values.alias ?? aliasFromName(commonName);
  const formats: ExportFormat[] = ['key-pem', 'crt-pem', 'cer-der', ...(password ? (['jks', 'p12'] as const) : [])];

  const bits = checkKeySize(wholeNumberOption(values.bits, '--bits', keysNewUsage, { fallback: DEFAULT_KEY_SIZE, min: 0 }));
  const request = checkCertificateRequest({
    subject: { commonName, ...(values.org ? { organization: values.org } : {}) },
    days: wholeNumberOption(values.days, '--days', keysNewUsage, { fallback: DEFAULT_VALIDITY_DAYS, min: 0 }),
    alias: requestedAlias,
  });
  // The key is made on the thread pool while node-forge and the file writers load: a CLI start-up saved.
  const pendingKey = generateRsaPrivateKeyPem(bits);
  const [{ certifyNewKey, exportSourceOf }, { exportKeyFile }] = await Promise.all([
    import('../keys/key-material'),
    import('../../shared/keys/key-export'),
  ]);
  const material = certifyNewKey(await pendingKey, request);
  const { alias } = material.summary;
  const source = exportSourceOf(material);
  const files = formats.map((format) => {
    const file = exportKeyFile(
      source,
      format,
      format === 'jks' || format === 'p12' ? password : format === 'key-pem' ? keyPassphrase : undefined,
    );
    return { format, file, path: resolve(out, file.name) };
  });
  const existing = files.find((f) => existsSync(f.path));
  if (existing) {
    throw cliErrors.raise('file-exists', `${existing.path} already exists.`);
  }
  await prepareOutputFolder(out);
  for (const { file, path } of files) await writeFileAtomic(path, file.bytes, { secret: file.secret });

  const note = lowerCaseNote(requestedAlias);
  if (note) writeProblem(io.stderr, 'note', { code: 'alias-lower-case', message: note });
  const certificate = material.summary.certificate;
  if (values.json) {
    const json = {
      alias,
      files: Object.fromEntries(files.map((f) => [FILE_KEYS[f.format], f.path])),
      fingerprintSha256: certificate?.fingerprintSha256,
      notAfter: certificate?.notAfter,
    };
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  const lines = [
    `alias (certificate Unique Name): ${alias}`,
    `key: RSA ${material.summary.keyBits} bits`,
    `certificate SHA-256: ${certificate?.fingerprintSha256}`,
    `valid until: ${certificate?.notAfter}`,
    '',
    ...files.map((f) => `${f.path}\n  ${exportFormats[f.format].where}`),
    ...(password ? [] : ['', 'No --password: no JKS or PKCS#12 written (Salesforce Import from Keystore needs the JKS).']),
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
