import { resolve } from 'node:path';
import { usageError } from '../../shared/errors/cli-errors';
import { INPUT_LIMITS } from '../../shared/files/input-limits';
import { readKeyFile } from '../../shared/keys/key-file-import';
import { keyFileKindLabels } from '../../shared/keys/key-import-result';
import { publicKeyOf, type RsaPublicKey, rsaBits } from '../../shared/keys/rsa-key';
import { publicKeyFingerprint, summarizeCertificate } from '../../shared/keys/summary';
import { readBounded } from '../files/bounded-read';
import { parseCommandArgs } from './cli-args';
import type { CliIO } from './cli-command';
import { keysInspectUsage } from './keys-usage';

/**
 * `keys inspect FILE`: what a file holds, read by the same code as the Keys page's import. `--json` prints
 * `{file, kind, alias, hasPrivateKey, keyBits, publicKeyFingerprintSha256, subject, issuer, serialNumber,
 * notBefore, notAfter, daysLeft, signatureAlgorithm, fingerprintSha1, fingerprintSha256}`, certificate fields
 * null when the file has no certificate.
 */
export async function runKeysInspect(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { password: { type: 'string' }, json: { type: 'boolean' } },
    keysInspectUsage,
    true,
  );
  if (positionals.length !== 1) {
    throw usageError('Give exactly one FILE to inspect.', keysInspectUsage);
  }
  const file = resolve(io.cwd, positionals[0] as string);
  const bytes = await readBounded(file, { maxBytes: INPUT_LIMITS.keyFile, what: 'a key, certificate or keystore file' });
  const contents = readKeyFile(bytes, {
    name: file,
    ...(values.password !== undefined ? { password: values.password } : {}),
  });
  const publicKey = (contents.privateKey ? publicKeyOf(contents.privateKey) : contents.certificate?.publicKey) as RsaPublicKey;
  const cert = contents.certificate ? summarizeCertificate(contents.certificate) : undefined;
  const report = {
    file,
    kind: contents.kind,
    alias: contents.alias ?? null,
    hasPrivateKey: contents.privateKey !== undefined,
    keyBits: rsaBits(publicKey),
    publicKeyFingerprintSha256: publicKeyFingerprint(publicKey),
    subject: cert?.subject ?? null,
    issuer: cert?.issuer ?? null,
    serialNumber: cert?.serialNumber ?? null,
    notBefore: cert?.notBefore ?? null,
    notAfter: cert?.notAfter ?? null,
    daysLeft: cert?.daysLeft ?? null,
    signatureAlgorithm: cert?.signatureAlgorithm ?? null,
    fingerprintSha1: cert?.fingerprintSha1 ?? null,
    fingerprintSha256: cert?.fingerprintSha256 ?? null,
  };
  if (values.json) {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  const lines = [
    `${file}: ${keyFileKindLabels[contents.kind]}`,
    ...(report.alias ? [`alias: ${report.alias}`] : []),
    `private key: ${report.hasPrivateKey ? 'yes' : 'no'}`,
    `key: RSA ${report.keyBits} bits, public key SHA-256 ${report.publicKeyFingerprintSha256}`,
    ...(cert
      ? [
          `subject: ${cert.subject}`,
          `issuer: ${cert.issuer}`,
          `serial: ${cert.serialNumber}`,
          `valid: ${cert.notBefore} to ${cert.notAfter} (${cert.daysLeft < 0 ? 'expired' : `${cert.daysLeft} days left`})`,
          `signature: ${cert.signatureAlgorithm}`,
          `SHA-1: ${cert.fingerprintSha1}`,
          `SHA-256: ${cert.fingerprintSha256}`,
        ]
      : ['certificate: none']),
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
