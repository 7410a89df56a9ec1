import { describe, expect, it } from 'vitest';
import { checkKeysForm, formSubject, initialKeysForm } from './keys-form';

describe('the generate form checks', () => {
  it('starts valid: prefilled Common Name and alias, no password', () => {
    expect(checkKeysForm(initialKeysForm)).toMatchObject({ ready: true, certificateReady: true, errors: {} });
  });

  it('names each problem on its field, and passwords do not block certifying a loaded key', () => {
    const check = checkKeysForm({
      ...initialKeysForm,
      commonName: ' ',
      country: 'USA',
      days: '0',
      alias: 'my__key',
      password: 'abc',
      confirm: 'abd',
    });
    expect(Object.keys(check.errors).sort()).toEqual(['alias', 'commonName', 'confirm', 'country', 'days', 'password']);
    expect(check.ready).toBe(false);
    expect(check.blocked).toBe('Correct the fields marked in red first.');
    const passwordsOnly = checkKeysForm({ ...initialKeysForm, password: 'abc', confirm: '' });
    expect(passwordsOnly).toMatchObject({ certificateReady: true, ready: false });
  });

  it('says what a disabled Generate waits for when no field shows it yet (an empty confirmation)', () => {
    const check = checkKeysForm({ ...initialKeysForm, password: 'secret1', confirm: '' });
    expect(check).toMatchObject({ ready: false, blocked: 'Type the keystore password again in the confirm field.' });
    expect(checkKeysForm({ ...initialKeysForm, password: 'secret1', confirm: 'secret1' }).blocked).toBeUndefined();
  });

  it('warns past three years and about lower-casing, without blocking', () => {
    const check = checkKeysForm({ ...initialKeysForm, days: '1500', alias: 'My_Key' });
    expect(check.ready).toBe(true);
    expect(check.warnings.days).toContain('More than 3 years');
    expect(check.warnings.alias).toContain('stored as "my_key"');
  });

  it('sends blank optional fields as absent', () => {
    expect(formSubject({ ...initialKeysForm, organization: '  ', country: 'us' })).toEqual({
      commonName: 'salesforce-jwt',
      country: 'us',
    });
  });
});
