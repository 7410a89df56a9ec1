import type { ServerResponse } from 'node:http';
import { sendJson } from './http-replies';

/**
 * The REST API's error body: a JSON array of `{ message, errorCode }` (REST API Developer Guide, "Status Codes
 * and Error Responses"). Under `/services` the emulator answers nothing else, never an HTML page.
 */
export function sendRestError(res: ServerResponse, status: number, errorCode: string, message: string): void {
  sendJson(res, status, [{ message, errorCode }]);
}

export function sendNotFound(res: ServerResponse): void {
  sendRestError(res, 404, 'NOT_FOUND', 'The requested resource does not exist');
}

export function sendMethodNotAllowed(res: ServerResponse, method: string | undefined, allowed: string[]): void {
  res.setHeader('allow', allowed.join(', '));
  sendRestError(res, 405, 'METHOD_NOT_ALLOWED', `HTTP Method '${method ?? ''}' not allowed. Allowed are ${allowed.join(',')}`);
}
