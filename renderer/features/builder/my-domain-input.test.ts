import { describe, expect, it } from 'vitest';
import { readMyDomainInput } from './my-domain-input';

describe('readMyDomainInput', () => {
  it('takes the name (and sandbox) out of a pasted My Domain URL or host', () => {
    expect(readMyDomainInput('https://acme.my.salesforce.com/')).toEqual({ myDomain: 'acme' });
    expect(readMyDomainInput('acme.my.salesforce.com')).toEqual({ myDomain: 'acme' });
    expect(readMyDomainInput(' https://acme--uat.sandbox.my.salesforce.com ')).toEqual({ myDomain: 'acme', sandboxName: 'uat' });
  });

  it('leaves a bare name, or a host that is no My Domain, as typed (the field then says what is wrong)', () => {
    expect(readMyDomainInput('acme')).toEqual({ myDomain: 'acme' });
    expect(readMyDomainInput('acme-')).toEqual({ myDomain: 'acme-' });
    expect(readMyDomainInput('login.salesforce.com')).toEqual({ myDomain: 'login.salesforce.com' });
  });
});
