import type { Cause, CauseCode } from './cause-code';

/**
 * Where Salesforce gives one answer for several causes (docs/salesforce-jwt.md, "Errors": "user hasn't approved
 * this consumer", "client identifier invalid"), the one question about the org whose answer picks between the two
 * likeliest. The org check answers it from the records; without them the admin answers it in Setup.
 */
const QUESTIONS: { pair: [CauseCode, CauseCode]; question: string }[] = [
  {
    pair: ['user-not-assigned', 'user-not-approved'],
    question:
      'Is Permitted Users set to "Admin approved users are pre-authorized"? (Yes: assign the user\'s profile or permission set; no: change the policy.)',
  },
  {
    pair: ['wrong-environment', 'user-not-assigned'],
    question:
      "Does this username exist in the org behind this host (production at login, a sandbox at test)? (No: wrong environment; yes: check the app's profiles and permission sets.)",
  },
  {
    pair: ['wrong-environment', 'user-not-approved'],
    question:
      'Does this username exist in the org behind this host (production at login, a sandbox at test)? (No: wrong environment; yes: check Permitted Users.)',
  },
  {
    pair: ['client-id-invalid', 'app-not-propagated'],
    question: 'Was the app created or saved less than 10 minutes ago? (Yes: wait and retry; no: copy the Consumer Key again.)',
  },
  {
    pair: ['app-not-propagated', 'user-not-assigned'],
    question:
      'Was the app created or saved less than 10 minutes ago? (Yes: wait and retry; no: check its profiles and permission sets.)',
  },
  {
    pair: ['certificate-mismatch', 'assertion-malformed'],
    question: 'Does the certificate uploaded to the app have the SHA-256 fingerprint the Keys & certificate page shows?',
  },
];

/** The question that tells the first two causes apart, when they are one of the pairs Salesforce confuses. */
export function tellApart(causes: Pick<Cause, 'code'>[]): string | undefined {
  const [a, b] = causes;
  if (!a || !b) return undefined;
  return QUESTIONS.find(({ pair }) => (pair[0] === a.code && pair[1] === b.code) || (pair[0] === b.code && pair[1] === a.code))
    ?.question;
}
