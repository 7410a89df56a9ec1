import { tokenUrl } from '../salesforce/endpoints';
import { ASSERTION_LIFETIME_SECONDS, type SnippetParams, snippetAud, snippetCertificateName } from './snippet-params';

/** An Apex string literal: single quotes, with backslashes and quotes escaped. */
function apexString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * Apex signs with a certificate stored in Certificate and Key Management, named by its Unique Name
 * (Auth.JWS), and exchanges the assertion with Auth.JWTBearerTokenExchange. The token endpoint must be
 * allowed as a callout target (Remote Site Settings), or the exchange fails before reaching Salesforce.
 */
export function apexSnippet(params: SnippetParams): string {
  return `// Apex: JWT Bearer login signed by the certificate '${snippetCertificateName(params)}' in Certificate and Key Management.
// Setup → Remote Site Settings must allow ${params.endpoint.replace(/\/+$/, '')} for the callout.
Auth.JWT jwt = new Auth.JWT();
jwt.setIss(${apexString(params.clientId)});
jwt.setSub(${apexString(params.username)});
jwt.setAud(${apexString(snippetAud(params))});
jwt.setValidityLength(${ASSERTION_LIFETIME_SECONDS});

Auth.JWS jws = new Auth.JWS(jwt, ${apexString(snippetCertificateName(params))});
Auth.JWTBearerTokenExchange bearer = new Auth.JWTBearerTokenExchange(${apexString(tokenUrl(params.endpoint))}, jws);
String accessToken = bearer.getAccessToken();
System.debug('Access token received: ' + (accessToken != null));
`;
}
