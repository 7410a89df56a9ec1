import type { IncomingMessage, ServerResponse } from 'node:http';

/** A token request is a few kilobytes; anything far larger is not one. */
const MAX_BODY_BYTES = 1024 * 1024;

export class BodyTooLargeError extends Error {}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** JSON the way Salesforce sends it; token answers must never be cached (RFC 6749 §5.1). */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json;charset=UTF-8',
    'cache-control': 'no-cache,must-revalidate,max-age=0,no-store,private',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html;charset=UTF-8', 'content-length': Buffer.byteLength(html) });
  res.end(html);
}

/** The REST API's answer to a missing, unknown or expired token. */
export function sendInvalidSession(res: ServerResponse): void {
  sendJson(res, 401, [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Salesforce answers browsers with HTML pages: the login page at `/`, an error page elsewhere. A client that
 * gets one instead of JSON is talking to the wrong URL, which the exchange's diagnosis must recognise.
 */
export function htmlPage(title: string, text: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title></head>`,
    `<body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></body></html>`,
  ].join('\n');
}
