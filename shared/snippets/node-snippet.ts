import { JWT_BEARER_GRANT, tokenUrl } from '../salesforce/endpoints';
import { ASSERTION_LIFETIME_SECONDS, type SnippetParams, snippetAud } from './snippet-params';

/**
 * Node 18+ (ES module) with jose and the built-in fetch. The key goes through node:crypto so both PKCS#8
 * and PKCS#1 key files work.
 */
export function nodeSnippet(params: SnippetParams): string {
  return `// Salesforce OAuth 2.0 JWT Bearer login. Node 18+, ES module (save as login.mjs); npm install jose
import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SignJWT } from 'jose';

const clientId = ${JSON.stringify(params.clientId)};
const username = ${JSON.stringify(params.username)};
const audience = ${JSON.stringify(snippetAud(params))};
const tokenUrl = ${JSON.stringify(tokenUrl(params.endpoint))};
const privateKey = createPrivateKey(readFileSync(${JSON.stringify(params.keyFile)}));

const assertion = await new SignJWT({})
  .setProtectedHeader({ alg: 'RS256' })
  .setIssuer(clientId)
  .setSubject(username)
  .setAudience(audience)
  .setExpirationTime(Math.floor(Date.now() / 1000) + ${ASSERTION_LIFETIME_SECONDS})
  .sign(privateKey);

const response = await fetch(tokenUrl, {
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ grant_type: ${JSON.stringify(JWT_BEARER_GRANT)}, assertion }),
});
const body = await response.json();
if (!response.ok) {
  console.error(\`Login failed (HTTP \${response.status}): \${body.error}: \${body.error_description}\`);
  process.exit(1);
}
// The access token is a password for the API: use it, never print or log it.
const accessToken = body.access_token;
const versions = await fetch(\`\${body.instance_url}/services/data/\`, {
  headers: { authorization: \`Bearer \${accessToken}\` },
}).then((r) => r.json());
console.log(JSON.stringify({ instance_url: body.instance_url, latest_api_version: versions.at(-1).version }));
`;
}
