import { shellQuote } from '../shell-quote';
import { JWT_BEARER_GRANT, tokenUrl } from './endpoints';

/**
 * The exact token request as a curl command, to rerun it outside the app or paste it in a ticket. The body is
 * form-encoded by `--data-urlencode`, as Salesforce requires (docs/salesforce-jwt.md, "The request").
 */
export function curlCommand(endpoint: string, assertion: string): string {
  return [
    'curl -sS -X POST',
    shellQuote(tokenUrl(endpoint)),
    "-H 'Accept: application/json'",
    "-H 'Content-Type: application/x-www-form-urlencoded'",
    `--data-urlencode ${shellQuote(`grant_type=${JWT_BEARER_GRANT}`)}`,
    `--data-urlencode ${shellQuote(`assertion=${assertion}`)}`,
  ].join(' ');
}

/** An assertion shortened for display: its start and end, with its length. */
export function abbreviateAssertion(assertion: string): string {
  if (assertion.length <= 40) return assertion;
  return `${assertion.slice(0, 20)}…${assertion.slice(-12)} (${assertion.length} characters)`;
}
