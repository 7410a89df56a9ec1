import forge from 'node-forge';
import { fromBinary, toBinary } from './forge-bytes';
import { pem, publicKeyOf, type RsaPrivateKey } from './rsa-key';
import type { CertificateSubject } from './subject';

export type Certificate = forge.pki.Certificate;

/**
 * Signs the DER of a TBSCertificate with SHA-256/RSA (PKCS#1 v1.5). The Node side passes its native signer;
 * the default is node-forge's, which is slower but works anywhere.
 */
export type Sha256RsaSigner = (data: Uint8Array) => Uint8Array;

const SHA256_WITH_RSA = forge.pki.oids.sha256WithRSAEncryption as string;

export function forgeSigner(key: RsaPrivateKey): Sha256RsaSigner {
  return (data) => fromBinary(key.sign(forge.md.sha256.create().update(toBinary(data))));
}

function subjectAttributes(subject: CertificateSubject): forge.pki.CertificateField[] {
  const attrs: forge.pki.CertificateField[] = [];
  // RFC 5280 §4.1.2.4: UTF8String for names, PrintableString for the country, IA5String for the email.
  const add = (shortName: string, value: string | undefined, type: forge.asn1.Type = forge.asn1.Type.UTF8) => {
    if (value) attrs.push({ shortName, value, valueTagClass: type as unknown as forge.asn1.Class });
  };
  add('C', subject.country, forge.asn1.Type.PRINTABLESTRING);
  add('ST', subject.state);
  add('L', subject.locality);
  add('O', subject.organization);
  add('OU', subject.organizationalUnit);
  add('CN', subject.commonName);
  if (subject.email) {
    attrs.push({
      name: 'emailAddress',
      value: subject.email,
      valueTagClass: forge.asn1.Type.IA5STRING as unknown as forge.asn1.Class,
    });
  }
  return attrs;
}

/**
 * A random positive serial (RFC 5280 §4.1.2.2: positive, at most 20 octets; CA/B forum: at least 64 random
 * bits). 16 bytes, high bit cleared so the DER INTEGER is positive, first byte non-zero so it is minimal.
 */
function randomSerialHex(): string {
  const bytes = fromBinary(forge.random.getBytesSync(16));
  bytes[0] = (bytes[0] as number) & 0x7f || 0x01;
  return forge.util.bytesToHex(toBinary(bytes));
}

/**
 * The self-signed X.509 v3 certificate Salesforce's app settings take ("Use digital signatures" or "Enable
 * JWT Bearer Flow"): SHA-256 with RSA, basicConstraints CA:false, keyUsage digitalSignature (the key signs
 * JWT assertions, nothing else), and a subjectKeyIdentifier.
 */
export function createSelfSignedCertificate(options: {
  privateKey: RsaPrivateKey;
  subject: CertificateSubject;
  days: number;
  now?: Date;
  signer?: Sha256RsaSigner;
}): Certificate {
  const now = options.now ?? new Date();
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKeyOf(options.privateKey);
  cert.serialNumber = randomSerialHex();
  cert.validity.notBefore = new Date(Math.floor(now.getTime() / 1000) * 1000);
  cert.validity.notAfter = new Date(cert.validity.notBefore.getTime() + options.days * 86_400_000);
  const attrs = subjectAttributes(options.subject);
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  const signer = options.signer ?? forgeSigner(options.privateKey);
  cert.siginfo.algorithmOid = SHA256_WITH_RSA;
  cert.signatureOid = SHA256_WITH_RSA;
  // node-forge builds the TBSCertificate (getTBSCertificate is untyped); certificateToAsn1 reuses the cached one.
  const tbsCertificate = (forge.pki as unknown as { getTBSCertificate(c: Certificate): forge.asn1.Asn1 }).getTBSCertificate(cert);
  (cert as unknown as { tbsCertificate: forge.asn1.Asn1 }).tbsCertificate = tbsCertificate;
  const tbs = fromBinary(forge.asn1.toDer(tbsCertificate).getBytes());
  cert.signature = toBinary(signer(tbs));
  return cert;
}

export function certificateToDer(cert: Certificate): Uint8Array {
  return fromBinary(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes());
}

export function certificateToPem(cert: Certificate): string {
  return pem('CERTIFICATE', certificateToDer(cert));
}
