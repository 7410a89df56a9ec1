import type { StudioError } from '../../shared/errors/studio-error';
import { aliasFromName, aliasProblem, lowerCaseNote } from '../../shared/keys/alias';
import { type Certificate, certificateToPem, createSelfSignedCertificate } from '../../shared/keys/certificate';
import { certificateFromPem } from '../../shared/keys/certificate-pem';
import { keyErrors } from '../../shared/keys/key-errors';
import type { ExportSource } from '../../shared/keys/key-export';
import { readKeyFile } from '../../shared/keys/key-file-import';
import type { KeyImportResult } from '../../shared/keys/key-import-result';
import { pairCertificate } from '../../shared/keys/key-pair';
import { type CertificateRequest, checkCertificateRequest, checkKeySize } from '../../shared/keys/key-request';
import type { KeySummary } from '../../shared/keys/key-summary';
import { privateKeyFromPkcs8Pem, privateKeyToPkcs8Pem, publicKeyOf, type RsaPrivateKey } from '../../shared/keys/rsa-key';
import { summarizeKey } from '../../shared/keys/summary';
import { generateRsaPrivateKeyPem, nativeSigner } from './key-generation';
import type { KeyMaterial } from './key-vault';

/**
 * Turns the shared core's keys and certificates into the key vault's material (PKCS#8 PEM + certificate PEM +
 * public summary) and back. Everything the keys handlers and the CLI do with a key goes through here.
 */
function materialOf(
  privateKey: RsaPrivateKey,
  certificate: Certificate | undefined,
  alias: string,
  source: KeySummary['source'],
): KeyMaterial {
  return {
    privateKeyPem: privateKeyToPkcs8Pem(privateKey),
    ...(certificate ? { certificatePem: certificateToPem(certificate) } : {}),
    summary: summarizeKey({ publicKey: publicKeyOf(privateKey), ...(certificate ? { certificate } : {}), alias, source }),
  };
}

/** What the exporters need from the vault's material: the parsed key and certificate, and the alias. */
export function exportSourceOf(material: KeyMaterial): ExportSource {
  return {
    privateKey: privateKeyFromPkcs8Pem(material.privateKeyPem),
    ...(material.certificatePem ? { certificate: certificateFromPem(material.certificatePem) } : {}),
    alias: material.summary.alias,
  };
}

function selfSigned(privateKey: RsaPrivateKey, privateKeyPem: string, request: CertificateRequest): Certificate {
  return createSelfSignedCertificate({
    privateKey,
    subject: request.subject,
    days: request.days,
    signer: nativeSigner(privateKeyPem),
  });
}

/** A new key (native generation, async) and its self-signed certificate. */
export async function generateKeyMaterial(request: CertificateRequest & { bits: number }): Promise<KeyMaterial> {
  const bits = checkKeySize(request.bits);
  const checked = checkCertificateRequest(request);
  return certifyNewKey(await generateRsaPrivateKeyPem(bits), checked);
}

/** The material of a key just generated (PKCS#8 PEM) with its self-signed certificate; `request` already checked. */
export function certifyNewKey(privateKeyPem: string, request: CertificateRequest): KeyMaterial {
  const privateKey = privateKeyFromPkcs8Pem(privateKeyPem);
  return materialOf(privateKey, selfSigned(privateKey, privateKeyPem, request), request.alias, 'generated');
}

/** A (new) self-signed certificate for the key in use, e.g. one imported without a certificate. */
export function certifyKeyMaterial(material: KeyMaterial, request: CertificateRequest): KeyMaterial {
  const checked = checkCertificateRequest(request);
  const privateKey = privateKeyFromPkcs8Pem(material.privateKeyPem);
  return materialOf(privateKey, selfSigned(privateKey, material.privateKeyPem, checked), checked.alias, material.summary.source);
}

function certificateOnlyWithoutKey(): StudioError {
  return keyErrors.raise('certificate-needs-key');
}

/**
 * Imports a file. A file with a key replaces the key in use; a certificate alone joins the key in use when
 * they pair. The alias comes from the keystore when it is a valid Salesforce Unique Name, otherwise from the
 * file name, and the user is told.
 */
export function importKeyMaterial(
  bytes: Uint8Array,
  options: { name: string; password?: string },
  current: KeyMaterial | undefined,
): { material: KeyMaterial; result: Omit<KeyImportResult, 'summary'> } {
  const contents = readKeyFile(bytes, options);
  const notes: string[] = [];
  if (!contents.privateKey) {
    if (!current || !contents.certificate) throw certificateOnlyWithoutKey();
    const privateKey = privateKeyFromPkcs8Pem(current.privateKeyPem);
    const certificate = pairCertificate(privateKey, [contents.certificate]);
    notes.push(`The certificate pairs with the key in use ("${current.summary.alias}").`);
    return {
      material: materialOf(privateKey, certificate, current.summary.alias, current.summary.source),
      result: { kind: contents.kind, notes },
    };
  }
  const stored = contents.alias;
  let alias: string;
  if (stored !== undefined && aliasProblem(stored) === undefined) {
    alias = stored.toLowerCase();
    const note = lowerCaseNote(stored);
    if (note) notes.push(note);
  } else {
    alias = aliasFromName(options.name.replace(/\.[^.]*$/, ''));
    notes.push(
      stored === undefined
        ? `The alias (certificate Unique Name) is "${alias}", from the file name.`
        : `The keystore alias "${stored}" is not a valid Salesforce Unique Name; using "${alias}".`,
    );
  }
  if (!contents.certificate)
    notes.push('The file has no certificate: create its self-signed certificate with "Create certificate for the loaded key".');
  return {
    material: materialOf(contents.privateKey, contents.certificate, alias, 'imported'),
    result: { kind: contents.kind, notes },
  };
}
