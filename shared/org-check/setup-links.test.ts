import { describe, expect, it } from 'vitest';
import { setupLink } from './setup-links';

const base = 'https://acme.my.salesforce.com';

describe('setupLink: each evidence record opens its Setup page in the org', () => {
  it('links users, apps, grants, assignments, Login History and the org', () => {
    const link = (source: string, record: Record<string, unknown>) => setupLink(`${base}/`, { source, record, meaning: '' });
    expect(link('User', { Id: '005000000000001AAA' })).toBe(
      `${base}/lightning/setup/ManageUsers/page?address=%2F005000000000001AAA%3Fnoredirect%3D1`,
    );
    expect(link('ConnectedApplication', { Id: '0H4000000000001AAA' })).toContain(
      'ConnectedApplication/page?address=%2Fapp%2Fmgmt%2Fforceconnectedapps%2FforceAppDetail.apexp%3FapplicationId%3D0H4000000000001AAA',
    );
    expect(link('SetupEntityAccess', { SetupEntityId: '0H4000000000001AAA' })).toContain('applicationId%3D0H4000000000001AAA');
    expect(link('PermissionSetAssignment', { PermissionSetId: '0PS000000000001AAA' })).toBe(
      `${base}/lightning/setup/PermSets/page?address=%2F0PS000000000001AAA`,
    );
    expect(link('LoginHistory', {})).toBe(`${base}/lightning/setup/OrgLoginHistory/home`);
    expect(link('Organization', {})).toBe(`${base}/lightning/setup/CompanyProfileInfo/home`);
    expect(link('UserLogin', { UserId: 'not an id' })).toBeUndefined();
  });
});
