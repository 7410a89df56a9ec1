import { errorTable } from './error-table';

/** What building the Salesforce setup files (electron/setup/) refuses. */
export const setupErrors = errorTable({
  'invalid-api-name': {
    message: "This cannot be the app's API name.",
    hint: 'Change the App API name field, e.g. JWT_Integration: it names the app in the metadata files.',
  },
});
