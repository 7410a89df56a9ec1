import { JWT_BEARER_GRANT, tokenUrl } from '../salesforce/endpoints';
import { ASSERTION_LIFETIME_SECONDS, type SnippetParams, snippetAud } from './snippet-params';

/** A Python string literal; JSON's escapes are all valid in Python strings. */
const py = (value: string) => JSON.stringify(value);

/** Python 3 with PyJWT (its RS256 needs the cryptography extra) and requests; the body is form-encoded. */
export function pythonSnippet(params: SnippetParams): string {
  return `# Salesforce OAuth 2.0 JWT Bearer login. pip install "pyjwt[crypto]" requests
import json
import sys
import time

import jwt
import requests

CLIENT_ID = ${py(params.clientId)}
USERNAME = ${py(params.username)}
AUDIENCE = ${py(snippetAud(params))}
TOKEN_URL = ${py(tokenUrl(params.endpoint))}
KEY_FILE = ${py(params.keyFile)}

with open(KEY_FILE, "rb") as key_file:
    private_key = key_file.read()

assertion = jwt.encode(
    {"iss": CLIENT_ID, "sub": USERNAME, "aud": AUDIENCE, "exp": int(time.time()) + ${ASSERTION_LIFETIME_SECONDS}},
    private_key,
    algorithm="RS256",
)

response = requests.post(
    TOKEN_URL,
    data={"grant_type": ${py(JWT_BEARER_GRANT)}, "assertion": assertion},
    timeout=30,
)
body = response.json()
if response.status_code != 200:
    sys.exit(f"Login failed (HTTP {response.status_code}): {body.get('error')}: {body.get('error_description')}")
# The access token is a password for the API: use it, never print or log it.
access_token = body["access_token"]
versions = requests.get(
    body["instance_url"] + "/services/data/",
    headers={"Authorization": "Bearer " + access_token},
    timeout=30,
).json()
print(json.dumps({"instance_url": body["instance_url"], "latest_api_version": versions[-1]["version"]}))
`;
}
