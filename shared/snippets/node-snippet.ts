import { type SnippetParams, snippetValues } from './snippet-params';

/**
 * Node 18+ (ES module) with jose and the built-in fetch. The key goes through node:crypto so both PKCS#8
 * and PKCS#1 key files work. Each answer is read as text first: an HTML page (a wrong URL, a proxy) stops the
 * script with its status and first bytes, never a JSON parse crash.
 */
export function nodeSnippet(params: SnippetParams): string {
  const values = snippetValues(params);
  return `// Salesforce OAuth 2.0 JWT Bearer login. Node 18+, ES module (save as login.mjs); npm install jose
import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SignJWT } from 'jose';

const clientId = ${JSON.stringify(values.clientId)};
const username = ${JSON.stringify(values.username)};
const audience = ${JSON.stringify(values.aud)};
const tokenUrl = ${JSON.stringify(values.tokenUrl)};
const apiVersion = ${JSON.stringify(values.apiVersion)};
const privateKey = createPrivateKey(readFileSync(${JSON.stringify(values.keyFile)}));

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function stop(what, response, text, json) {
  const detail = json && json.error ? json.error + ': ' + json.error_description : text.slice(0, ${values.excerptChars});
  console.error(what + ' failed: HTTP ' + response.status + ': ' + detail);
  process.exit(1);
}

const assertion = await new SignJWT({})
  .setProtectedHeader({ alg: 'RS256' })
  .setIssuer(clientId)
  .setSubject(username)
  .setAudience(audience)
  .setExpirationTime(Math.floor(Date.now() / 1000) + ${values.lifetimeSeconds})
  .sign(privateKey);

const response = await fetch(tokenUrl, {
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ grant_type: ${JSON.stringify(values.grant)}, assertion }),
});
const text = await response.text();
const body = parseJson(text);
if (!response.ok || !body || !body.access_token) stop('Login', response, text, body);
// The access token is a password for the API: use it, never print or log it.
const accessToken = body.access_token;

const queryUrl = body.instance_url + '/services/data/v' + apiVersion + '/query?q=' + encodeURIComponent(${JSON.stringify(values.query)});
const answer = await fetch(queryUrl, { headers: { authorization: 'Bearer ' + accessToken } });
const answerText = await answer.text();
const result = parseJson(answerText);
if (!answer.ok || !result || !Array.isArray(result.records)) stop('Query', answer, answerText, undefined);
console.log(JSON.stringify({ instance_url: body.instance_url, org_name: result.records[0]?.Name }));
`;
}
