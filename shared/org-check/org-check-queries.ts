/**
 * The read-only SOQL the org check runs with the admin's session, in the order it needs them. Every field is
 * one the REST API returns for these objects (Salesforce Object Reference: User, UserLogin, ConnectedApplication,
 * SetupEntityAccess, PermissionSet, PermissionSetAssignment, LoginHistory, Organization); parent fields go one
 * level deep only.
 */

/** A SOQL string literal: backslash and quote escaped (SOQL and SOSL Reference, "Quoted String Escape Sequences"). */
export function soqlString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Salesforce record Ids are 15 or 18 letters and digits: anything else never reaches a query. */
export function soqlId(id: string): string {
  if (!/^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/.test(id)) throw new Error(`Not a Salesforce Id: ${id.slice(0, 40)}`);
  return `'${id}'`;
}

export const ORGANIZATION_QUERY = 'SELECT Id, Name, IsSandbox, OrganizationType, InstanceName FROM Organization';

export function userQuery(username: string): string {
  return `SELECT Id, Username, Name, IsActive, UserType, ProfileId, Profile.Name FROM User WHERE Username = ${soqlString(username)}`;
}

/** Users whose username starts like the one asked: the sandbox copy (`….uat`) or the production original. */
export function similarUsersQuery(username: string): string {
  const stem = username.replace(/\.[a-z0-9]+$/i, '');
  const escaped = stem
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/([%_])/g, '\\$1');
  return `SELECT Id, Username, IsActive FROM User WHERE Username LIKE '${escaped}%' LIMIT 5`;
}

export function userLoginQuery(userId: string): string {
  return `SELECT Id, UserId, IsFrozen FROM UserLogin WHERE UserId = ${soqlId(userId)}`;
}

export const APPS_QUERY =
  'SELECT Id, Name, OptionsAllowAdminApprovedUsersOnly, CreatedDate, LastModifiedDate FROM ConnectedApplication ORDER BY Name';

export function setupEntityAccessQuery(appId: string): string {
  return `SELECT Id, ParentId, SetupEntityId, SetupEntityType FROM SetupEntityAccess WHERE SetupEntityId = ${soqlId(appId)}`;
}

export function permissionSetsQuery(ids: string[]): string {
  return `SELECT Id, Name, Label, IsOwnedByProfile, ProfileId, Profile.Name FROM PermissionSet WHERE Id IN (${ids.map(soqlId).join(', ')})`;
}

export function assignmentsQuery(userId: string): string {
  return `SELECT Id, AssigneeId, PermissionSetId, PermissionSet.Name, PermissionSet.IsOwnedByProfile FROM PermissionSetAssignment WHERE AssigneeId = ${soqlId(userId)}`;
}

/** How many of the user's latest logins the check reads: the failed attempt and a few before it. */
export const LOGIN_HISTORY_ROWS = 5;

export function loginHistoryQuery(userId: string): string {
  return `SELECT Id, UserId, LoginTime, Status, Application, LoginType, SourceIp, LoginUrl FROM LoginHistory WHERE UserId = ${soqlId(userId)} ORDER BY LoginTime DESC LIMIT ${LOGIN_HISTORY_ROWS}`;
}
