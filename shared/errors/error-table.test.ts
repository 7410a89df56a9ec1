import { describe, expect, it } from 'vitest';
import { keyErrors } from '../keys/key-errors';
import { cliErrors } from './cli-errors';
import { StudioError } from './studio-error';

describe('errorTable', () => {
  it("raises a code with the table's wording, or a more specific message and the same hint", () => {
    const plain = keyErrors.raise('no-key');
    expect(plain).toBeInstanceOf(StudioError);
    expect(plain.toShape()).toEqual({ code: 'no-key', ...keyErrors.table['no-key'] });
    const specific = keyErrors.raise('several-keys', 'server.p12 holds 2 private keys.');
    expect(specific.toShape()).toEqual({
      code: 'several-keys',
      message: 'server.p12 holds 2 private keys.',
      hint: keyErrors.table['several-keys'].hint,
    });
  });

  it('fills the blanks a hint leaves for what only the call site knows, and only those', () => {
    const usage = cliErrors.raise('usage', '--key is required.', { usage: 'sf-jwt-studio jwt sign --key FILE' });
    expect(usage.hint).toBe('usage: sf-jwt-studio jwt sign --key FILE');
    const encrypted = keyErrors.raise('key-encrypted', 'k.pem is encrypted.', { command: 'jwt sign', file: 'k.pem' });
    expect(encrypted.hint).toMatch(/^jwt sign reads an unencrypted key: write one with openssl pkey -in k\.pem -out server\.key/);
    expect(cliErrors.raise('usage', 'x', {}).hint).toBe('usage: {usage}');
  });
});
