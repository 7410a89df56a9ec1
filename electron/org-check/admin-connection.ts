import { orgCheckErrors } from '../../shared/org-check/org-check-errors';
import type { AdminConnectionInfo, AdminConnectionSource } from '../../shared/org-check/org-check-report';
import { maskToken } from '../../shared/secrets/mask';

/**
 * The admin's session on the Node side: the instance URL and the access token that reads the org. Kept in memory
 * only; what crosses to a renderer, an output or a log is `connectionInfo` (the token masked).
 */
export interface AdminConnection {
  source: AdminConnectionSource;
  instanceUrl: string;
  accessToken: string;
  label: string;
}

/**
 * An instance URL the admin's token may be sent to: https, or plain http on the loopback address only (the
 * emulator). Anything else would send the token in clear or to a page that is not an org.
 */
export function checkedInstanceUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw orgCheckErrors.raise('org-check-bad-instance-url', `${value.slice(0, 200)} is not a URL.`);
  }
  const loopback = url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw orgCheckErrors.raise('org-check-bad-instance-url', `${url.origin} is not an https URL.`);
  }
  return url.origin;
}

/** A token as read from a file or a paste: one line, trimmed; an empty one is refused. */
export function checkedAccessToken(value: string): string {
  const token = value.trim();
  if (token === '' || /\s/.test(token)) {
    throw orgCheckErrors.raise(
      'org-check-token-missing',
      token === '' ? 'The access token is empty.' : 'The access token has spaces or several lines: give the token alone.',
    );
  }
  return token;
}

export function adminConnection(
  source: AdminConnectionSource,
  instanceUrl: string,
  accessToken: string,
  label: string,
): AdminConnection {
  return { source, instanceUrl: checkedInstanceUrl(instanceUrl), accessToken: checkedAccessToken(accessToken), label };
}

export function connectionInfo(connection: AdminConnection): AdminConnectionInfo {
  return {
    source: connection.source,
    instanceUrl: connection.instanceUrl,
    label: connection.label,
    maskedToken: maskToken(connection.accessToken),
  };
}
