import { shellQuote } from '../shell-quote';
import { type SnippetParams, snippetValues } from './snippet-params';

/**
 * bash + openssl + curl: signs a fresh assertion each run (a fixed one expires within minutes) and posts it as a
 * form body, the only encoding the token endpoint accepts (sending JSON gives `unsupported_grant_type`).
 * Segments are base64url without padding: standard base64 gives `invalid assertion`. curl writes the status
 * after the body, so an HTML page stops the script with its status and first bytes.
 */
export function curlSnippet(params: SnippetParams): string {
  const values = snippetValues(params);
  return `#!/usr/bin/env bash
# Salesforce OAuth 2.0 JWT Bearer login with openssl and curl, then one query with the token (which stays in ACCESS_TOKEN, never printed).
set -euo pipefail

CLIENT_ID=${shellQuote(values.clientId)}
USERNAME=${shellQuote(values.username)}
AUD=${shellQuote(values.aud)}
TOKEN_URL=${shellQuote(values.tokenUrl)}
KEY_FILE=${shellQuote(values.keyFile)}
API_VERSION=${shellQuote(values.apiVersion)}

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
# The answer's body, then its HTTP status on the last line.
status_of() { printf '%s' "\${1##*$'\\n'}"; }
body_of() { printf '%s' "\${1%$'\\n'*}"; }
json_field() { printf '%s' "$1" | sed -n "s/.*\\"$2\\" *: *\\"\\([^\\"]*\\)\\".*/\\1/p"; }
stop() { echo "$1 failed: HTTP $(status_of "$2"): $(body_of "$2" | head -c ${values.excerptChars})" >&2; exit 1; }

EXP=$(( $(date +%s) + ${values.lifetimeSeconds} ))
HEADER=$(printf '%s' '{"alg":"RS256"}' | b64url)
CLAIMS=$(printf '{"iss":"%s","sub":"%s","aud":"%s","exp":%s}' "$CLIENT_ID" "$USERNAME" "$AUD" "$EXP" | b64url)
SIGNATURE=$(printf '%s.%s' "$HEADER" "$CLAIMS" | openssl dgst -sha256 -sign "$KEY_FILE" -binary | b64url)

RESPONSE=$(curl --silent --show-error "$TOKEN_URL" --write-out '\\n%{http_code}' \\
  --data-urlencode ${shellQuote(`grant_type=${values.grant}`)} \\
  --data-urlencode "assertion=$HEADER.$CLAIMS.$SIGNATURE")
# The access token is a password for the API: use it, never print or log it.
ACCESS_TOKEN=$(json_field "$(body_of "$RESPONSE")" access_token)
INSTANCE_URL=$(json_field "$(body_of "$RESPONSE")" instance_url)
if [ "$(status_of "$RESPONSE")" != 200 ] || [ -z "$ACCESS_TOKEN" ]; then stop Login "$RESPONSE"; fi

ANSWER=$(curl --silent --show-error --get "$INSTANCE_URL/services/data/v$API_VERSION/query" --write-out '\\n%{http_code}' \\
  --data-urlencode ${shellQuote(`q=${values.query}`)} -H "Authorization: Bearer $ACCESS_TOKEN")
if [ "$(status_of "$ANSWER")" != 200 ] || ! body_of "$ANSWER" | grep -q '"records"'; then stop Query "$ANSWER"; fi
printf '{"instance_url":"%s","org_name":"%s"}\\n' "$INSTANCE_URL" "$(json_field "$(body_of "$ANSWER")" Name)"
`;
}
