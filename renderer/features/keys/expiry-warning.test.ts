import { describe, expect, it } from 'vitest';
import { expiryWarning } from './expiry-warning';

const notAfter = '2027-01-15T10:00:00.000Z';

describe('the certificate expiry banner', () => {
  it('stays away while 30 days or more are left', () => {
    expect(expiryWarning({ daysLeft: 30, notAfter })).toBeUndefined();
    expect(expiryWarning({ daysLeft: 365, notAfter })).toBeUndefined();
  });

  it('warns within 30 days, counting the days', () => {
    expect(expiryWarning({ daysLeft: 29, notAfter })).toBe(
      'The certificate expires in 29 days (2027-01-15). Make a new one and upload it to the app before then.',
    );
    expect(expiryWarning({ daysLeft: 1, notAfter })).toContain('expires in 1 day (');
    expect(expiryWarning({ daysLeft: 0, notAfter })).toContain('expires today (');
  });

  it('says an expired certificate is refused by Salesforce', () => {
    expect(expiryWarning({ daysLeft: -1, notAfter })).toContain(
      'expired on 2027-01-15: Salesforce rejects every login signed with it',
    );
  });
});
