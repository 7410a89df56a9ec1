import { beforeAll, describe, expect, it } from 'vitest';
import { runSoql } from '../../shared/soql/soql-evaluate';
import type { SoqlDatabase } from '../../shared/soql/soql-schema';
import { app, opensslKeyPair, user } from '../../test-support/emulator-test-kit';
import { emulateOrg } from './emulated-org';
import type { EmulatorConfig } from './emulator-config';
import { orgDatabase } from './org-records';

const NOW = Date.parse('2026-03-02T10:00:00.000Z');
let production: { data: SoqlDatabase; tooling: SoqlDatabase };
let sandbox: { data: SoqlDatabase; tooling: SoqlDatabase };

beforeAll(() => {
  const { certificatePem } = opensslKeyPair();
  const config: EmulatorConfig = {
    org: { type: 'production', myDomain: 'acme' },
    users: [
      user(),
      user({ username: 'sam.sync@acme.com', profile: 'Integration User', permissionSets: ['JWT Access'] }),
      user({ username: 'old.timer@acme.com', profile: 'Standard User', active: false, frozen: true }),
    ],
    apps: [
      app(certificatePem, { name: 'Nightly Sync', permissionSets: ['JWT Access'], ageSeconds: 600 }),
      app(certificatePem, { name: 'Self Service', consumerKey: '3MVG9self', permittedUsers: 'self-authorize', profiles: [] }),
      app(certificatePem, { kind: 'external', name: 'Partner ECA', consumerKey: '3MVG9eca' }),
    ],
    rateLimitPerUserPerHour: 3600,
  };
  production = orgDatabase(emulateOrg(config), { startedAtMs: NOW, loginHistory: () => [] });
  const sandboxConfig: EmulatorConfig = { ...config, org: { type: 'sandbox', myDomain: 'acme', sandboxName: 'uat' } };
  sandbox = orgDatabase(emulateOrg(sandboxConfig), { startedAtMs: NOW, loginHistory: () => [] });
});

function query(q: string, db = production.data) {
  const answer = runSoql(q, db, { nowMs: NOW, apiVersion: '66.0' });
  if (!answer.ok) throw new Error(`${answer.error.errorCode}: ${answer.error.message}`);
  return answer.result;
}

/** The records without their attributes, for compact expectations. */
function rows(q: string, db = production.data): unknown[] {
  const strip = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    const { attributes: _, ...rest } = value as Record<string, unknown>;
    return Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, strip(v)]));
  };
  return query(q, db).records.map(strip);
}

describe('SOQL subset: accepted queries and their results', () => {
  const accepted: [string, unknown[]][] = [
    // The sf CLI's first query after login.
    [
      'SELECT Name, InstanceName, IsSandbox, TrialExpirationDate, NamespacePrefix, OrganizationType FROM Organization',
      [
        {
          Name: 'Acme',
          InstanceName: 'USA100',
          IsSandbox: false,
          TrialExpirationDate: null,
          NamespacePrefix: null,
          OrganizationType: 'Enterprise Edition',
        },
      ],
    ],
    [
      "SELECT Username, Profile.Name FROM User WHERE Username = 'JANE.ADMIN@acme.com'",
      [{ Username: 'jane.admin@acme.com', Profile: { Name: 'System Administrator' } }],
    ],
    [
      "select name from account where name like 'b%' or name like '%Oil%' order by name desc",
      [{ Name: 'United Oil & Gas Corp.' }, { Name: 'Burlington Textiles Corp of America' }],
    ],
    ['SELECT Name FROM Account ORDER BY Name LIMIT 1 OFFSET 1', [{ Name: 'Edge Communications' }]],
    [
      "SELECT Name FROM Account WHERE NOT Name LIKE 'B%' ORDER BY Name ASC NULLS LAST",
      [{ Name: 'Edge Communications' }, { Name: 'United Oil & Gas Corp.' }],
    ],
    [
      "SELECT PermissionSet.Label, PermissionSet.IsOwnedByProfile, PermissionSet.Profile.Name FROM PermissionSetAssignment WHERE Assignee.Username = 'sam.sync@acme.com' ORDER BY PermissionSet.IsOwnedByProfile",
      [
        { PermissionSet: { Label: 'JWT Access', IsOwnedByProfile: false, Profile: null } },
        {
          PermissionSet: { Label: expect.stringMatching(/^00e/), IsOwnedByProfile: true, Profile: { Name: 'Integration User' } },
        },
      ],
    ],
    [
      'SELECT Name, OptionsAllowAdminApprovedUsersOnly, LastModifiedDate FROM ConnectedApplication ORDER BY Name',
      [
        { Name: 'Nightly Sync', OptionsAllowAdminApprovedUsersOnly: true, LastModifiedDate: '2026-03-02T09:50:00.000+0000' },
        { Name: 'Self Service', OptionsAllowAdminApprovedUsersOnly: false, LastModifiedDate: '2026-03-02T09:00:00.000+0000' },
      ],
    ],
    ['SELECT Name FROM ConnectedApplication WHERE LastModifiedDate > 2026-03-02T09:00:00Z', [{ Name: 'Nightly Sync' }]],
    [
      "SELECT Parent.Label, Parent.IsOwnedByProfile, Parent.Profile.Name FROM SetupEntityAccess WHERE SetupEntityType = 'ConnectedApplication' ORDER BY Parent.IsOwnedByProfile DESC",
      [
        { Parent: { Label: expect.stringMatching(/^00e/), IsOwnedByProfile: true, Profile: { Name: 'System Administrator' } } },
        { Parent: { Label: 'JWT Access', IsOwnedByProfile: false, Profile: null } },
      ],
    ],
    [
      'SELECT User.Username, IsFrozen FROM UserLogin WHERE IsFrozen = true',
      [{ User: { Username: 'old.timer@acme.com' }, IsFrozen: true }],
    ],
    [
      "SELECT Username FROM User WHERE CreatedDate < 2099-01-01T00:00:00Z AND (IsActive = false OR Profile.Name != 'System Administrator') ORDER BY Username",
      [{ Username: 'old.timer@acme.com' }, { Username: 'sam.sync@acme.com' }],
    ],
    [
      "SELECT Name FROM Profile WHERE Name IN ('System Administrator', 'standard user') ORDER BY Name",
      [{ Name: 'Standard User' }, { Name: 'System Administrator' }],
    ],
    ["SELECT Name FROM Profile WHERE Name NOT IN ('System Administrator', 'Standard User')", [{ Name: 'Integration User' }]],
    ['SELECT Name FROM Account WHERE CreatedDate = TODAY', []],
    [
      "SELECT Name FROM ConnectedApplication WHERE LastModifiedDate = LAST_N_DAYS:0 AND Name LIKE 'Nightly_Sync'",
      [{ Name: 'Nightly Sync' }],
    ],
    ["SELECT Name FROM ConnectedApplication WHERE Name LIKE 'Nightly\\_Sync'", []],
    ['SELECT Id FROM LoginHistory WHERE LoginTime = LAST_N_DAYS:30', []],
    ['SELECT Username FROM User WHERE LastLoginDate = null AND Email != null LIMIT 1', [{ Username: 'jane.admin@acme.com' }]],
  ];

  it.each(accepted)('%s', (q, expected) => {
    expect(rows(q)).toEqual(expected);
  });

  it('COUNT() answers the number of records and none of them', () => {
    expect(query('SELECT COUNT() FROM User WHERE IsActive = true')).toEqual({ totalSize: 2, done: true, records: [] });
    expect(query('SELECT COUNT() FROM Account').totalSize).toBe(3);
  });

  it('each record carries its type and REST url; an 18- or 15-character id finds the same record', () => {
    const [org] = query('SELECT Id FROM Organization').records;
    expect(org?.attributes).toEqual({ type: 'Organization', url: `/services/data/v66.0/sobjects/Organization/${org?.Id}` });
    expect(String(org?.Id)).toMatch(/^00D\w{15}$/);
    expect(query(`SELECT Id FROM Organization WHERE Id = '${String(org?.Id).slice(0, 15)}'`).totalSize).toBe(1);
  });

  it("the sf CLI's tooling SandboxProcess query: no rows on production, INVALID_TYPE on a sandbox", () => {
    const q =
      "SELECT Id,Status,SandboxName,SandboxInfoId,LicenseType,CreatedDate,CopyProgress,SandboxOrganization,SourceId,Description,EndDate FROM SandboxProcess WHERE SandboxOrganization = '00D000000000001' AND Status != 'D'";
    expect(query(q, production.tooling)).toEqual({ totalSize: 0, done: true, records: [] });
    const refused = runSoql(q, sandbox.tooling, { nowMs: NOW, apiVersion: '66.0' });
    expect(refused).toMatchObject({ ok: false, error: { errorCode: 'INVALID_TYPE' } });
    expect(rows('SELECT IsSandbox, Name FROM Organization', sandbox.data)).toEqual([{ IsSandbox: true, Name: 'Acme' }]);
  });
});

describe('SOQL subset: refused queries and their errorCode', () => {
  const refused: [string, string][] = [
    // The sf CLI's Dev Hub probe: this org is not a Dev Hub.
    ['SELECT Id FROM ScratchOrgInfo limit 1', 'INVALID_TYPE'],
    ['SELECT Id FROM SandboxProcess', 'INVALID_TYPE'],
    ['SELECT FROM Account', 'MALFORMED_QUERY'],
    ['SELECT Id, FROM Account', 'MALFORMED_QUERY'],
    ['SELECT Id FROM', 'MALFORMED_QUERY'],
    ['DELETE FROM Account', 'MALFORMED_QUERY'],
    ['SELECT Foo FROM Account', 'INVALID_FIELD'],
    ['SELECT Bogus.Name FROM User', 'INVALID_FIELD'],
    ['SELECT Profile.Bogus FROM User', 'INVALID_FIELD'],
    ['SELECT Id FROM Account ORDER BY Bogus', 'INVALID_FIELD'],
    ['SELECT Id FROM Account WHERE Name = 1', 'INVALID_FIELD'],
    ["SELECT Id FROM User WHERE IsActive = 'true'", 'INVALID_FIELD'],
    ['SELECT Id FROM User WHERE CreatedDate > 2020-01-01', 'INVALID_FIELD'],
    ["SELECT Id FROM User WHERE IsActive LIKE 'a%'", 'INVALID_FIELD'],
    ["SELECT Id FROM Account WHERE Name = 'a' AND Name = 'b' OR Name = 'c'", 'MALFORMED_QUERY'],
    ['SELECT Id FROM Account LIMIT -1', 'MALFORMED_QUERY'],
    ['SELECT Id FROM Account LIMIT 1.5', 'MALFORMED_QUERY'],
    ['SELECT Id FROM Account OFFSET 2001', 'MALFORMED_QUERY'],
    ["SELECT Id FROM Account WHERE Name = 'unterminated", 'MALFORMED_QUERY'],
    ["SELECT Id FROM Account WHERE Name = '\\q'", 'MALFORMED_QUERY'],
    ['SELECT Id, (SELECT Id FROM Contacts) FROM Account', 'MALFORMED_QUERY'],
    ['SELECT COUNT(Id) FROM Account', 'MALFORMED_QUERY'],
    ['SELECT Id FROM Account GROUP BY Name', 'MALFORMED_QUERY'],
    ['SELECT Id FROM Account WHERE CreatedDate = LAST_N_DAYS', 'MALFORMED_QUERY'],
    ['SELECT Id FROM Account; SELECT Id FROM User', 'MALFORMED_QUERY'],
    ['SELECT Id FROM Account WHERE Name IN ()', 'MALFORMED_QUERY'],
    [`SELECT Id FROM Account WHERE ${'('.repeat(200)}Name = 'a'${')'.repeat(200)}`, 'MALFORMED_QUERY'],
  ];

  it.each(refused)('%s → %s', (q, errorCode) => {
    const answer = runSoql(q, production.data, { nowMs: NOW, apiVersion: '66.0' });
    expect(answer).toMatchObject({ ok: false, error: { errorCode } });
  });

  it('points at the offending text the way Salesforce does', () => {
    const answer = runSoql('SELECT Foo FROM Account', production.data, { nowMs: NOW, apiVersion: '66.0' });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.message).toBe(
      "\nSELECT Foo FROM Account\n       ^\nERROR at Row:1:Column:8\nNo such column 'Foo' on entity 'Account'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.",
    );
    const type = runSoql('SELECT Id FROM ScratchOrgInfo limit 1', production.data, { nowMs: NOW, apiVersion: '66.0' });
    expect(type.ok ? '' : type.error.message).toContain("sObject type 'ScratchOrgInfo' is not supported.");
  });
});
