import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../../shared/keys/export-format';
import { exportBlocker } from './export-blocker';

const ready = { hasCertificate: true, password: 'secret1', confirm: 'secret1' };

describe('export buttons say why they are disabled', () => {
  it('lets every export run with a certificate and a confirmed keystore password', () => {
    for (const format of EXPORT_FORMATS) expect(exportBlocker(format, ready), format).toBeUndefined();
  });

  it('asks for the certificate first, except for the private key', () => {
    const noCertificate = { ...ready, hasCertificate: false };
    expect(exportBlocker('key-pem', noCertificate)).toBeUndefined();
    for (const format of ['crt-pem', 'cer-der', 'jks', 'p12'] as const) {
      expect(exportBlocker(format, noCertificate), format).toContain('Needs the certificate');
    }
  });

  it('asks for a keystore password of 6 characters, confirmed, for the .jks and .p12 only', () => {
    for (const format of ['jks', 'p12'] as const) {
      expect(exportBlocker(format, { ...ready, password: '', confirm: '' })).toContain('Type the keystore password');
      expect(exportBlocker(format, { ...ready, password: 'abc', confirm: 'abc' })).toContain('At least 6 characters');
      expect(exportBlocker(format, { ...ready, confirm: 'secret2' })).toContain('the two passwords differ');
    }
    expect(exportBlocker('crt-pem', { ...ready, password: '', confirm: '' })).toBeUndefined();
    expect(exportBlocker('key-pem', { ...ready, password: '', confirm: '' })).toBeUndefined();
  });
});
