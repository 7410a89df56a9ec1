import { JWT_BEARER_GRANT, tokenUrl } from '../salesforce/endpoints';
import { shellQuote } from '../shell-quote';
import { ASSERTION_LIFETIME_SECONDS, type SnippetParams, snippetAud } from './snippet-params';

/**
 * bash + openssl + curl: signs a fresh assertion each run (a fixed one expires within minutes) and posts it as a
 * form body, the only encoding the token endpoint accepts (sending JSON gives `unsupported_grant_type`).
 * Segments are base64url without padding: standard base64 gives `invalid assertion`.
 */
export function curlSnippet(params: SnippetParams): string {
  return `#!/usr/bin/env bash
# Salesforce OAuth 2.0 JWT Bearer login with openssl and curl. Prints the API versions the token can reach (the token itself stays in ACCESS_TOKEN).
set -euo pipefail

CLIENT_ID=${shellQuote(params.clientId)}
USERNAME=${shellQuote(params.username)}
AUD=${shellQuote(snippetAud(params))}
TOKEN_URL=${shellQuote(tokenUrl(params.endpoint))}
KEY_FILE=${shellQuote(params.keyFile)}

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

EXP=$(( $(date +%s) + ${ASSERTION_LIFETIME_SECONDS} ))
HEADER=$(printf '%s' '{"alg":"RS256"}' | b64url)
CLAIMS=$(printf '{"iss":"%s","sub":"%s","aud":"%s","exp":%s}' "$CLIENT_ID" "$USERNAME" "$AUD" "$EXP" | b64url)
SIGNATURE=$(printf '%s.%s' "$HEADER" "$CLAIMS" | openssl dgst -sha256 -sign "$KEY_FILE" -binary | b64url)

if ! RESPONSE=$(curl --silent --show-error --fail-with-body "$TOKEN_URL" \\
  --data-urlencode ${shellQuote(`grant_type=${JWT_BEARER_GRANT}`)} \\
  --data-urlencode "assertion=$HEADER.$CLAIMS.$SIGNATURE"); then
  echo "Login failed: $RESPONSE" >&2
  exit 1
fi

# The access token is a password for the API: use it, never print or log it.
json_field() { printf '%s' "$RESPONSE" | sed -n "s/.*\\"$1\\" *: *\\"\\([^\\"]*\\)\\".*/\\1/p"; }
ACCESS_TOKEN=$(json_field access_token)
INSTANCE_URL=$(json_field instance_url)
curl --silent --show-error --fail-with-body "$INSTANCE_URL/services/data/" -H "Authorization: Bearer $ACCESS_TOKEN"
echo
`;
}
