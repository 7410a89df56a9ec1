import { assertStrongPassphrase } from '../profiles/passphrase';
import { type Certificate, certificateToDer, certificateToPem } from './certificate';
import { type ExportFormat, exportFormats } from './export-format';
import { writeJks } from './jks';
import { keyErrors } from './key-errors';
import { assertKeystorePassword } from './keystore-password';
import { encryptPrivateKeyPem } from './pkcs8';
import { writePkcs12 } from './pkcs12';
import { privateKeyToPkcs8Der, privateKeyToPkcs8Pem, type RsaPrivateKey } from './rsa-key';

export interface ExportSource {
  privateKey: RsaPrivateKey;
  certificate?: Certificate;
  alias: string;
}

export interface ExportedFile {
  name: string;
  bytes: Uint8Array;
  mime: string;
  secret: boolean;
}

function requireCertificate(source: ExportSource): Certificate {
  if (!source.certificate) {
    throw keyErrors.raise('no-certificate', 'This key has no certificate yet.');
  }
  return source.certificate;
}

function bytesOf(source: ExportSource, format: ExportFormat, password: string | undefined): Uint8Array {
  switch (format) {
    case 'crt-pem':
      return new TextEncoder().encode(certificateToPem(requireCertificate(source)));
    case 'cer-der':
      return certificateToDer(requireCertificate(source));
    case 'key-pem':
      return new TextEncoder().encode(
        password
          ? encryptPrivateKeyPem(source.privateKey, assertStrongPassphrase(password))
          : privateKeyToPkcs8Pem(source.privateKey),
      );
    case 'jks':
      return writeJks({
        alias: source.alias,
        pkcs8Der: privateKeyToPkcs8Der(source.privateKey),
        chain: [certificateToDer(requireCertificate(source))],
        password: assertKeystorePassword(password),
      });
    case 'p12':
      return writePkcs12({
        privateKey: source.privateKey,
        chain: [requireCertificate(source)],
        password: assertKeystorePassword(password),
        alias: source.alias,
      });
  }
}

/** One exported file, named after the alias (`salesforce_jwt.jks`), marked secret when it holds the key. */
export function exportKeyFile(source: ExportSource, format: ExportFormat, password?: string): ExportedFile {
  const info = exportFormats[format];
  return {
    name: `${source.alias}.${info.extension}`,
    bytes: bytesOf(source, format, password),
    mime: info.mime,
    secret: info.secret,
  };
}
