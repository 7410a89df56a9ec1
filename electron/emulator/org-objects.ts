import type { SoqlField, SoqlFieldType, SoqlObject } from '../../shared/soql/soql-schema';

/**
 * The objects the emulated org has, with the fields the integration and an admin's checks read, named and typed
 * as in Salesforce's Object Reference (docs/emulator.md, "Records"). A field not listed here is INVALID_FIELD.
 */

function field(name: string, type: SoqlFieldType, label = name, nillable = true): SoqlField {
  return { name, type, label, nillable };
}

function reference(name: string, referenceTo: string, relationshipName?: string, label = name): SoqlField {
  return { name, type: 'reference', label, nillable: true, referenceTo, ...(relationshipName ? { relationshipName } : {}) };
}

const ID = field('Id', 'id', 'Record ID', false);
const CREATED = field('CreatedDate', 'datetime', 'Created Date', false);
const MODIFIED = field('LastModifiedDate', 'datetime', 'Last Modified Date', false);

function object(name: string, keyPrefix: string, label: string, labelPlural: string, fields: SoqlField[]): SoqlObject {
  return { name, keyPrefix, label, labelPlural, fields: [ID, ...fields] };
}

export const ORGANIZATION = object('Organization', '00D', 'Organization', 'Organizations', [
  field('Name', 'string', 'Name', false),
  field('IsSandbox', 'boolean', 'Is Sandbox', false),
  field('OrganizationType', 'picklist', 'Edition'),
  field('InstanceName', 'string', 'Instance Name'),
  field('NamespacePrefix', 'string', 'Namespace Prefix'),
  field('TrialExpirationDate', 'datetime', 'Trial Expiration Date'),
  field('TimeZoneSidKey', 'picklist', 'Default Time Zone', false),
  field('LanguageLocaleKey', 'picklist', 'Default Language', false),
  CREATED,
  MODIFIED,
]);

export const PROFILE = object('Profile', '00e', 'Profile', 'Profiles', [
  field('Name', 'string', 'Name', false),
  field('UserType', 'picklist', 'User Type'),
  field('Description', 'string', 'Description'),
  CREATED,
  MODIFIED,
]);

export const USER = object('User', '005', 'User', 'Users', [
  field('Username', 'string', 'Username', false),
  field('Name', 'string', 'Full Name', false),
  field('FirstName', 'string', 'First Name'),
  field('LastName', 'string', 'Last Name', false),
  field('Email', 'email', 'Email', false),
  field('Alias', 'string', 'Alias', false),
  field('IsActive', 'boolean', 'Active', false),
  reference('ProfileId', 'Profile', 'Profile', 'Profile ID'),
  field('UserType', 'picklist', 'User Type'),
  field('LastLoginDate', 'datetime', 'Last Login'),
  field('TimeZoneSidKey', 'picklist', 'Time Zone', false),
  field('LanguageLocaleKey', 'picklist', 'Language', false),
  CREATED,
  MODIFIED,
]);

export const USER_LOGIN = object('UserLogin', '060', 'User Login', 'User Logins', [
  reference('UserId', 'User', 'User', 'User ID'),
  field('IsFrozen', 'boolean', 'Is Frozen', false),
  field('IsPasswordLocked', 'boolean', 'Is Password Locked', false),
  MODIFIED,
]);

export const PERMISSION_SET = object('PermissionSet', '0PS', 'Permission Set', 'Permission Sets', [
  field('Name', 'string', 'Name', false),
  field('Label', 'string', 'Label', false),
  field('IsOwnedByProfile', 'boolean', 'Is Owned By Profile', false),
  reference('ProfileId', 'Profile', 'Profile', 'Profile ID'),
  field('Type', 'picklist', 'Permission Set Type'),
  field('IsCustom', 'boolean', 'Custom', false),
  CREATED,
  MODIFIED,
]);

export const PERMISSION_SET_ASSIGNMENT = object(
  'PermissionSetAssignment',
  '0Pa',
  'Permission Set Assignment',
  'Permission Set Assignments',
  [
    reference('AssigneeId', 'User', 'Assignee', 'Assignee ID'),
    reference('PermissionSetId', 'PermissionSet', 'PermissionSet', 'Permission Set ID'),
    field('IsActive', 'boolean', 'Is Active', false),
  ],
);

export const CONNECTED_APPLICATION = object('ConnectedApplication', '0H4', 'Connected App', 'Connected Apps', [
  field('Name', 'string', 'Connected App Name', false),
  field('OptionsAllowAdminApprovedUsersOnly', 'boolean', 'Admin Approved Users Are Pre-Authorized', false),
  field('OptionsRefreshTokenValidityMetric', 'boolean', 'Refresh Token Validity Metric', false),
  CREATED,
  MODIFIED,
]);

export const SETUP_ENTITY_ACCESS = object('SetupEntityAccess', '0J0', 'Setup Entity Access', 'Setup Entity Access', [
  reference('ParentId', 'PermissionSet', 'Parent', 'Parent ID'),
  // Polymorphic in Salesforce (Apex class, Connected App, custom permission…), so no relationship to follow.
  field('SetupEntityId', 'id', 'Setup Entity ID', false),
  field('SetupEntityType', 'picklist', 'Setup Entity Type'),
]);

export const LOGIN_HISTORY = object('LoginHistory', '0Ya', 'Login History', 'Login History', [
  // No relationship name: Salesforce's LoginHistory.UserId is a plain id, queried as `WHERE UserId = '005…'`.
  field('UserId', 'id', 'User ID'),
  field('LoginTime', 'datetime', 'Login Time', false),
  field('Status', 'string', 'Status'),
  field('Application', 'string', 'Application'),
  field('LoginType', 'picklist', 'Login Type'),
  field('SourceIp', 'string', 'Source IP'),
  field('LoginUrl', 'string', 'Login URL'),
  field('Browser', 'string', 'Browser'),
  field('Platform', 'string', 'Platform'),
  field('ApiType', 'string', 'API Type'),
]);

export const ACCOUNT = object('Account', '001', 'Account', 'Accounts', [
  field('Name', 'string', 'Account Name', false),
  field('Type', 'picklist', 'Account Type'),
  field('Industry', 'picklist', 'Industry'),
  field('BillingCity', 'string', 'Billing City'),
  field('BillingCountry', 'string', 'Billing Country'),
  field('Phone', 'phone', 'Account Phone'),
  field('Website', 'url', 'Website'),
  field('NumberOfEmployees', 'int', 'Employees'),
  field('AnnualRevenue', 'currency', 'Annual Revenue'),
  reference('OwnerId', 'User', 'Owner', 'Owner ID'),
  CREATED,
  MODIFIED,
]);

/** What `/query` and `/sobjects` serve. */
export const DATA_OBJECTS: readonly SoqlObject[] = [
  ORGANIZATION,
  USER,
  USER_LOGIN,
  PROFILE,
  PERMISSION_SET,
  PERMISSION_SET_ASSIGNMENT,
  CONNECTED_APPLICATION,
  SETUP_ENTITY_ACCESS,
  LOGIN_HISTORY,
  ACCOUNT,
];

/**
 * Tooling API's SandboxProcess, which the sf CLI queries after login. A production org has it (empty: no
 * sandbox is being copied); a sandbox does not, and answers INVALID_TYPE, which the sf CLI expects.
 */
export const SANDBOX_PROCESS = object('SandboxProcess', '0GR', 'Sandbox Process', 'Sandbox Processes', [
  field('Status', 'picklist', 'Status'),
  field('SandboxName', 'string', 'Sandbox Name'),
  field('SandboxInfoId', 'id', 'Sandbox Info ID'),
  field('LicenseType', 'picklist', 'License Type'),
  field('CopyProgress', 'int', 'Copy Progress'),
  field('SandboxOrganization', 'string', 'Sandbox Organization'),
  field('SourceId', 'id', 'Source ID'),
  field('Description', 'string', 'Description'),
  field('EndDate', 'datetime', 'End Date'),
  field('ActivatedDate', 'datetime', 'Activated Date'),
  field('ActivatedById', 'id', 'Activated By ID'),
  field('ApexClassId', 'id', 'Apex Class ID'),
  field('AutoActivate', 'boolean', 'Auto Activate'),
  field('CreatedById', 'id', 'Created By ID'),
  CREATED,
  MODIFIED,
]);

/** Objects the config may add records to (`"records": {"Account": [...]}`). */
export const CONFIGURABLE_OBJECTS: readonly SoqlObject[] = [ACCOUNT];
