import { type CodeOf, errorTable } from '../errors/error-table';
import type { StudioError } from '../errors/studio-error';

/** What the builder, `jwt.sign` and the signing functions refuse, worded once for all of them. */
export const assertionProblems = errorTable({
  'consumer-key-missing': {
    message: 'Enter the Consumer Key (the iss claim).',
    hint: 'Setup → App Manager → your app → View → Manage Consumer Details (External Client Apps: Settings → OAuth Settings → Consumer Key and Secret).',
  },
  'username-missing': {
    message: 'Enter the username the app logs in as (the sub claim).',
    hint: 'Use the exact username of the integration user in that org (Setup → Users); sandbox usernames end with .sandboxname.',
  },
  'aud-missing': {
    message: 'Choose the environment or enter the audience (the aud claim).',
    hint: 'Production: https://login.salesforce.com; sandbox: https://test.salesforce.com; External Client Apps: your My Domain URL.',
  },
  'bad-lifetime': {
    message: 'The assertion lifetime must be a whole number of seconds greater than zero.',
    hint: 'Use 120 to 300 seconds: Salesforce only needs the assertion for the one token request.',
  },
  'key-unusable': {
    message: 'The private key cannot sign RS256.',
    hint: 'Salesforce needs an RSA private key (PKCS#8 PEM, 2048 bits or more): generate or import one on the Keys & certificate page.',
  },
});

export type AssertionProblemCode = CodeOf<typeof assertionProblems>;

export function assertionProblem(code: AssertionProblemCode): StudioError {
  return assertionProblems.raise(code);
}
