import { describe, expect, it } from 'vitest';
import { causeValues } from './cause-values';

describe('causeValues', () => {
  it('puts the aud sent beside the host and the aud to use', () => {
    const values = causeValues('audience-invalid', {
      endpoint: 'https://acme.my.salesforce.com',
      payload: { aud: 'https://login.salesforce.com/' },
    });
    expect(values).toEqual([
      { label: 'aud sent', value: 'https://login.salesforce.com/' },
      { label: 'Host it was sent to', value: 'acme.my.salesforce.com' },
      { label: 'aud to use', value: 'https://acme.my.salesforce.com' },
    ]);
    expect(causeValues('audience-invalid', { endpoint: 'https://test.salesforce.com', payload: {} })[2]?.value).toBe(
      'https://test.salesforce.com',
    );
  });

  it('names the real My Domain for an External Client App, the username with its suffix, the host that did not answer', () => {
    expect(
      causeValues('external-app-needs-my-domain', {
        endpoint: 'https://login.salesforce.com',
        myDomainUrl: 'https://acme.my.salesforce.com',
      })[1],
    ).toEqual({ label: 'Endpoint and aud to use', value: 'https://acme.my.salesforce.com' });
    expect(
      causeValues('wrong-environment', { endpoint: 'https://login.salesforce.com', payload: { sub: 'jane@acme.com.uat' } }),
    ).toContainEqual({ label: 'Sandbox suffix', value: '.uat' });
    expect(causeValues('dns-failure', { endpoint: 'https://no-such-org.invalid' })).toEqual([
      { label: 'Host', value: 'no-such-org.invalid' },
    ]);
    expect(causeValues('certificate-mismatch', { endpoint: 'https://x', certificateFingerprint: 'AB:CD' })).toHaveLength(1);
  });
});
