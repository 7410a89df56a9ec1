import { type SnippetParams, snippetValues } from './snippet-params';

/** A Python string literal; JSON's escapes are all valid in Python strings. */
const py = (value: string) => JSON.stringify(value);

/**
 * Python 3 with PyJWT (its RS256 needs the cryptography extra) and requests; the body is form-encoded. An answer
 * that is not JSON (an HTML page) stops the script with its status and first bytes, never a JSONDecodeError.
 */
export function pythonSnippet(params: SnippetParams): string {
  const values = snippetValues(params);
  return `# Salesforce OAuth 2.0 JWT Bearer login. pip install "pyjwt[crypto]" requests
import json
import sys
import time

import jwt
import requests

CLIENT_ID = ${py(values.clientId)}
USERNAME = ${py(values.username)}
AUDIENCE = ${py(values.aud)}
TOKEN_URL = ${py(values.tokenUrl)}
KEY_FILE = ${py(values.keyFile)}
API_VERSION = ${py(values.apiVersion)}


def json_or_none(response):
    try:
        return response.json()
    except ValueError:
        return None


def stop(what, response, body):
    if isinstance(body, dict) and "error" in body:
        detail = f"{body.get('error')}: {body.get('error_description')}"
    else:
        detail = response.text[:${values.excerptChars}]
    sys.exit(f"{what} failed: HTTP {response.status_code}: {detail}")


with open(KEY_FILE, "rb") as key_file:
    private_key = key_file.read()

assertion = jwt.encode(
    {"iss": CLIENT_ID, "sub": USERNAME, "aud": AUDIENCE, "exp": int(time.time()) + ${values.lifetimeSeconds}},
    private_key,
    algorithm="RS256",
)

response = requests.post(
    TOKEN_URL,
    data={"grant_type": ${py(values.grant)}, "assertion": assertion},
    timeout=30,
)
body = json_or_none(response)
if response.status_code != 200 or not isinstance(body, dict) or "access_token" not in body:
    stop("Login", response, body)
# The access token is a password for the API: use it, never print or log it.
access_token = body["access_token"]

answer = requests.get(
    f"{body['instance_url']}/services/data/v{API_VERSION}/query",
    params={"q": ${py(values.query)}},
    headers={"Authorization": "Bearer " + access_token},
    timeout=30,
)
result = json_or_none(answer)
if answer.status_code != 200 or not isinstance(result, dict) or "records" not in result:
    stop("Query", answer, None)
print(json.dumps({"instance_url": body["instance_url"], "org_name": result["records"][0]["Name"]}))
`;
}
