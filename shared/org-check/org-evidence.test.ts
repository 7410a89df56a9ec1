import { describe, expect, it } from 'vitest';
import { diagnoseTokenError } from '../salesforce/diagnose';
import type { ExchangeOutcome } from '../salesforce/exchange-outcome';
import { tellApart } from '../salesforce/tell-apart';
import { readResponseBody } from '../salesforce/token-response';
import { type OrgCheckRecords, readOrgEvidence, usernameFindings } from './org-evidence';
import type { SoqlRecord } from './soql-result';

const NOW = Date.parse('2026-12-01T10:00:00.000Z');

function rec(type: string, fields: Record<string, unknown>): SoqlRecord {
  return { attributes: { type, url: `/services/data/v66.0/sobjects/${type}/${String(fields.Id)}` }, ...fields };
}

const profileSet = rec('PermissionSet', {
  Id: '0PS000000000001AAA',
  Name: 'X00ex000000001',
  Label: 'X00ex000000001',
  IsOwnedByProfile: true,
  ProfileId: '00e000000000001AAA',
  Profile: rec('Profile', { Id: '00e000000000001AAA', Name: 'System Administrator' }),
});
const integrationSet = rec('PermissionSet', {
  Id: '0PS000000000002AAA',
  Name: 'Integration',
  Label: 'Integration',
  IsOwnedByProfile: false,
  ProfileId: null,
  Profile: null,
});

function records(over: Partial<OrgCheckRecords> = {}): OrgCheckRecords {
  return {
    organization: rec('Organization', { Id: '00D000000000001AAA', Name: 'Acme', IsSandbox: false }),
    username: 'integration@acme.com',
    user: rec('User', {
      Id: '005000000000001AAA',
      Username: 'integration@acme.com',
      IsActive: true,
      UserType: 'Standard',
      ProfileId: '00e000000000009AAA',
      Profile: rec('Profile', { Id: '00e000000000009AAA', Name: 'Standard User' }),
    }),
    similarUsers: [],
    userLogin: rec('UserLogin', { Id: '0Yw000000000001AAA', UserId: '005000000000001AAA', IsFrozen: false }),
    app: rec('ConnectedApplication', {
      Id: '0H4000000000001AAA',
      Name: 'Integration App',
      OptionsAllowAdminApprovedUsersOnly: true,
      CreatedDate: '2026-11-01T10:00:00.000+0000',
      LastModifiedDate: '2026-11-20T10:00:00.000+0000',
    }),
    grants: [
      rec('SetupEntityAccess', { Id: '0J0000000000001AAA', ParentId: profileSet.Id, SetupEntityId: '0H4000000000001AAA' }),
      rec('SetupEntityAccess', { Id: '0J0000000000002AAA', ParentId: integrationSet.Id, SetupEntityId: '0H4000000000001AAA' }),
    ],
    grantedPermissionSets: [profileSet, integrationSet],
    assignments: [],
    loginHistory: [
      rec('LoginHistory', {
        Id: '0Ya000000000001AAA',
        UserId: '005000000000001AAA',
        LoginTime: '2026-12-01T09:59:50.000+0000',
        Status: 'Failed: Not approved for access',
        Application: 'Integration App',
        LoginUrl: 'login.salesforce.com',
      }),
    ],
    ...over,
  };
}

const notApproved: ExchangeOutcome = {
  kind: 'response',
  status: 400,
  body: readResponseBody(
    'application/json',
    JSON.stringify({ error: 'invalid_grant', error_description: "user hasn't approved this consumer" }),
  ),
};

function diagnose(r: OrgCheckRecords, role: 'login' | 'test' = 'login', outcome = notApproved) {
  const { facts } = readOrgEvidence(r, NOW);
  return diagnoseTokenError({ outcome, context: { endpointRole: role, username: r.username }, org: facts });
}

describe('readOrgEvidence: records as the REST API returns them, turned into evidence and facts', () => {
  it('reads the user, the policy, the grants and Login History', () => {
    const { evidence, facts } = readOrgEvidence(records(), NOW);
    expect(facts.user).toMatchObject({ found: true, active: true, frozen: false, profile: 'Standard User' });
    expect(facts.app).toMatchObject({
      name: 'Integration App',
      permittedUsers: 'admin-approved',
      grantedProfiles: ['System Administrator'],
      grantedPermissionSets: ['Integration'],
      userGranted: false,
    });
    expect(facts.app?.ageSeconds).toBe(11 * 86_400);
    expect(facts.latestLogin?.status).toBe('Failed: Not approved for access');
    for (const e of evidence) {
      expect(Object.keys(e).sort()).toEqual(['meaning', 'record', 'source']);
      expect(e.record).not.toHaveProperty('attributes');
    }
    expect(evidence.map((e) => e.source)).toEqual([
      'Organization',
      'User',
      'UserLogin',
      'ConnectedApplication',
      'SetupEntityAccess',
      'SetupEntityAccess',
      'LoginHistory',
    ]);
  });

  it('a user granted through an assigned permission set is granted', () => {
    const assignment = rec('PermissionSetAssignment', {
      Id: '0Pa000000000001AAA',
      AssigneeId: '005000000000001AAA',
      PermissionSetId: integrationSet.Id,
      PermissionSet: rec('PermissionSet', { Id: integrationSet.Id, Name: 'Integration', IsOwnedByProfile: false }),
    });
    const { facts } = readOrgEvidence(records({ assignments: [assignment] }), NOW);
    expect(facts.app?.userGranted).toBe(true);
    expect(facts.user).toMatchObject({ permissionSets: ['Integration'] });
  });

  it('a username with spaces around it is a finding', () => {
    expect(usernameFindings(' a@b.com ')[0]?.code).toBe('org-check-username-spaces');
    expect(usernameFindings('a@b.com')).toEqual([]);
  });
});

describe('the diagnosis with the org evidence names the exact cause first', () => {
  it('self-authorize policy → user-not-approved, quoting the policy record', () => {
    const app = rec('ConnectedApplication', { ...records().app, OptionsAllowAdminApprovedUsersOnly: false });
    const causes = diagnose(records({ app }));
    expect(causes[0]!.code).toBe('user-not-approved');
    expect(causes[0]!.evidence[0]).toContain('Seen in your org (ConnectedApplication)');
    expect(causes[0]!.evidence.join(' ')).toContain('Failed: Not approved for access');
  });

  it('admin-approved and not granted → user-not-assigned naming the profile and the grants', () => {
    const causes = diagnose(records());
    expect(causes[0]!.code).toBe('user-not-assigned');
    expect(causes[0]!.evidence[0]).toContain('profile "System Administrator", permission set "Integration"');
    expect(causes[0]!.evidence[0]).toContain('has the profile "Standard User"');
  });

  it('no such user, a sandbox copy exists → wrong-environment', () => {
    const similar = [rec('User', { Id: '005000000000002AAA', Username: 'integration@acme.com.uat', IsActive: true })];
    const causes = diagnose(records({ user: undefined, similarUsers: similar, loginHistory: [], assignments: [] }));
    expect(causes[0]!.code).toBe('wrong-environment');
    expect(causes[0]!.evidence.join(' ')).toContain('integration@acme.com.uat');
  });

  it('no such user, nothing similar, right host → a typo (username-unknown)', () => {
    const causes = diagnose(records({ user: undefined, loginHistory: [] }));
    expect(causes[0]!.code).toBe('username-unknown');
  });

  it('production org at test.salesforce.com → wrong-environment', () => {
    expect(diagnose(records(), 'test')[0]!.code).toBe('wrong-environment');
  });

  it('inactive or frozen → user-inactive', () => {
    const user = rec('User', { ...records().user, IsActive: false });
    expect(diagnose(records({ user }))[0]!.code).toBe('user-inactive');
    const userLogin = rec('UserLogin', { ...records().userLogin, IsFrozen: true });
    const frozen = diagnose(records({ userLogin }));
    expect(frozen[0]!.code).toBe('user-inactive');
    expect(frozen[0]!.evidence[0]).toContain('frozen');
  });

  it('app saved 30 s ago → app-not-propagated, also for invalid_client_id', () => {
    const app = rec('ConnectedApplication', { ...records().app, LastModifiedDate: '2026-12-01T09:59:30.000+0000' });
    expect(diagnose(records({ app }))[0]!.code).toBe('app-not-propagated');
    const unknownKey: ExchangeOutcome = {
      kind: 'response',
      status: 400,
      body: readResponseBody('application/json', '{"error":"invalid_client_id","error_description":"client identifier invalid"}'),
    };
    expect(diagnose(records({ app }), 'login', unknownKey)[0]!.code).toBe('app-not-propagated');
    expect(diagnose(records(), 'login', unknownKey)[0]!.code).toBe('client-id-invalid');
  });

  it('without evidence, the same-string pair gets the question that tells it apart', () => {
    const causes = diagnoseTokenError({ outcome: notApproved, context: { endpointRole: 'login', username: 'a@acme.com' } });
    expect(causes.slice(0, 2).map((c) => c.code)).toEqual(['user-not-assigned', 'user-not-approved']);
    expect(tellApart(causes)).toContain('Admin approved users are pre-authorized');
  });
});

describe('evidence only where the answer could be about it', () => {
  it('an inactive user does not outrank an audience refused first', () => {
    const user = rec('User', { ...records().user, IsActive: false });
    const audience: ExchangeOutcome = {
      kind: 'response',
      status: 400,
      body: readResponseBody('application/json', '{"error":"invalid_grant","error_description":"audience is invalid"}'),
    };
    const row = rec('LoginHistory', { ...records().loginHistory[0], Status: 'Failed: Audience Invalid' });
    const causes = diagnose(records({ user, loginHistory: [row] }), 'login', audience);
    expect(causes[0]!.code).toBe('audience-invalid');
    expect(causes[0]!.evidence[0]).toContain('"Failed: Audience Invalid"');
  });
});
