import { errorTable } from './error-table';

/** What the file must look like, for hints: the admin has the file in front of them, not our source. */
const EMULATOR_CONFIG_SHAPE =
  'The file is one JSON object: {"org": {"type": "production" | "sandbox", "myDomain": "acme", "sandboxName": "uat"}, ' +
  '"users": [{"username", "active", "profile", "permissionSets", "ipRestricted"}], ' +
  '"apps": [{"kind": "connected" | "external", "consumerKey", "certificate" (PEM) or "certificateFile" (path), ' +
  '"permittedUsers": "admin-approved" | "self-authorize", "profiles", "permissionSets", "approvedUsers", "scopes", "ageSeconds"}], ' +
  '"rateLimitPerUserPerHour", "records": {"Account": [{"Name", …}]}}. Optional: org.name, users[].name, users[].email, users[].frozen, apps[].name.';

/** What the offline Salesforce emulator (electron/emulator/) refuses, worded once for its parser, its org and the CLI. */
export const emulatorErrors = errorTable({
  'emulator-config-invalid': {
    message: 'The emulator configuration cannot be used.',
    hint: `Fix the configuration file given to --config. ${EMULATOR_CONFIG_SHAPE}`,
  },
});
