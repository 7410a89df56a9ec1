import { orgCheckErrors } from '../../shared/org-check/org-check-errors';
import { isSoqlResult, type SoqlResult } from '../../shared/org-check/soql-result';
import { DEFAULT_TIMEOUT_MS, type TransportOptions } from '../exchange/token-exchange';
import { sendHttpRequest } from '../exchange/transport/http-request';
import { NetworkError } from '../exchange/transport/network-error';
import type { AdminConnection } from './admin-connection';

/**
 * The REST API version the check queries with: v62.0 (Winter '25) is served by every org today and has every
 * field the check reads (Salesforce Object Reference, per-object "Fields").
 */
export const ORG_CHECK_API_VERSION = '62.0';

/** The objects an admin reads through "View Setup and Configuration": refusing them means the session lacks it. */
const SETUP_OBJECTS = /ConnectedApplication|SetupEntityAccess|LoginHistory|PermissionSet|UserLogin|Profile/;

/** Salesforce's REST errors are a JSON array of `{ errorCode, message }` (REST API Developer Guide, "Status Codes"). */
function restError(body: string): { errorCode: string; message: string } | undefined {
  try {
    const parsed = JSON.parse(body) as unknown;
    const first = Array.isArray(parsed) ? (parsed[0] as Record<string, unknown> | undefined) : undefined;
    if (first && typeof first.errorCode === 'string') {
      return { errorCode: first.errorCode, message: typeof first.message === 'string' ? first.message : '' };
    }
  } catch {
    // Not JSON: reported by the caller.
  }
  return undefined;
}

/**
 * One read-only SOQL query (`GET /services/data/vXX.X/query?q=`) with the admin's token. Its failures are the
 * check's coded findings: an expired token, a session that cannot read Setup, a page that is not the REST API.
 */
export async function soqlQuery(
  connection: AdminConnection,
  soql: string,
  transport: TransportOptions = {},
): Promise<SoqlResult> {
  const url = `${connection.instanceUrl}/services/data/v${ORG_CHECK_API_VERSION}/query?q=${encodeURIComponent(soql)}`;
  let response: Awaited<ReturnType<typeof sendHttpRequest>>;
  try {
    response = await sendHttpRequest({
      url,
      method: 'GET',
      headers: { accept: 'application/json', authorization: `Bearer ${connection.accessToken}` },
      timeoutMs: transport.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      ...(transport.signal ? { signal: transport.signal } : {}),
      ...(transport.ca ? { ca: transport.ca } : {}),
      ...(transport.env ? { env: transport.env } : {}),
    });
  } catch (error) {
    if (!(error instanceof NetworkError)) throw error;
    throw orgCheckErrors.raise('org-check-unreachable', `${connection.instanceUrl}: ${error.message}`);
  }
  if (response.status === 200) {
    try {
      const parsed = JSON.parse(response.body) as unknown;
      if (isSoqlResult(parsed)) return parsed;
    } catch {
      // Falls through to the not-JSON finding.
    }
  }
  const error = restError(response.body);
  if (!error) {
    throw orgCheckErrors.raise(
      'org-check-not-json',
      `${connection.instanceUrl} answered HTTP ${response.status} with a page that is not the REST API: "${response.body.slice(0, 80).replace(/\s+/g, ' ')}".`,
    );
  }
  if (response.status === 401 || error.errorCode === 'INVALID_SESSION_ID') {
    throw orgCheckErrors.raise('org-check-session-invalid');
  }
  const object = /\bFROM\s+(\w+)/i.exec(soql)?.[1] ?? '';
  if (
    response.status === 403 ||
    error.errorCode.startsWith('INSUFFICIENT_ACCESS') ||
    (error.errorCode === 'INVALID_TYPE' && SETUP_OBJECTS.test(object))
  ) {
    throw orgCheckErrors.raise(
      'org-check-cannot-read-setup',
      `This session cannot read Setup (${object}: ${error.errorCode}): use an admin with View Setup and Configuration.`,
    );
  }
  throw orgCheckErrors.raise(
    'org-check-query-refused',
    `The org refused a query on ${object}: ${error.errorCode} ${error.message}`.trim(),
  );
}
