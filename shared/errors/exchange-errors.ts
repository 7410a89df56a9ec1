import { errorTable } from './error-table';

/** What the token exchange and its offline rehearsal (electron/exchange/) refuse. */
export const exchangeErrors = errorTable({
  'bad-endpoint': {
    message: 'The endpoint is not an http(s) URL.',
    hint: 'Give the base URL, e.g. https://login.salesforce.com, https://test.salesforce.com or https://yourdomain.my.salesforce.com.',
  },
  'attempt-running': {
    message: 'A test login with this id is already running.',
    hint: 'Wait for it or cancel it.',
  },
  'no-token': {
    message: 'There is no access token for this attempt.',
    hint: 'Only the latest successful test logins keep their token, in memory: run "Test login" again.',
  },
  'rehearsal-not-running': {
    message: 'The offline rehearsal is not running.',
    hint: 'Turn on "Rehearse offline" on the Token exchange page first.',
  },
});
