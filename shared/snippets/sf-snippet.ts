import { shellQuote } from '../shell-quote';
import { SNIPPET_QUERY, type SnippetParams, snippetAud } from './snippet-params';

/**
 * `sf org login jwt`. The CLI derives the `aud` from --instance-url (login, test or the URL itself); when this
 * configuration's aud differs, SF_AUDIENCE_URL overrides it (Salesforce CLI environment variables).
 */
export function sfSnippet(params: SnippetParams): string {
  const instanceUrl = params.endpoint.replace(/\/+$/, '');
  const aud = snippetAud(params);
  const env = aud === instanceUrl ? '' : `SF_AUDIENCE_URL=${shellQuote(aud)} `;
  return `# Salesforce CLI: log in with the JWT Bearer flow, keep the org under an alias, then run one query.
${env}sf org login jwt \\
  --client-id ${shellQuote(params.clientId)} \\
  --jwt-key-file ${shellQuote(params.keyFile)} \\
  --username ${shellQuote(params.username)} \\
  --instance-url ${shellQuote(instanceUrl)} \\
  --alias jwt-integration
sf data query --target-org jwt-integration --query ${shellQuote(SNIPPET_QUERY)}
`;
}
