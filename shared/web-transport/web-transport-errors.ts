import { type CodeOf, errorTable } from '../errors/error-table';
import { fileErrors } from '../files/file-errors';

/**
 * What the browser host answers when a request never reaches a handler: the HTTP layer's own refusals, each
 * with its status (see `statusOf`) and a hint naming what to do.
 */
export const webTransportErrors = errorTable({
  'login-required': {
    message: 'This page needs the link SF JWT Studio printed when it started.',
    hint: 'Open the link printed where you started SF JWT Studio (it is also in web-host.json in the data folder).',
  },
  'invalid-token': {
    message: 'This link does not belong to the running SF JWT Studio.',
    hint: 'Open the link printed by the current launch (or the url in web-host.json in the data folder); links from an earlier launch stop working.',
  },
  forbidden: {
    message: 'This request does not carry the session of this browser host.',
    hint: 'Use SF JWT Studio from its own window: the desktop app’s main window, or in a browser the link printed where you started it (then reload this page).',
  },
  'forbidden-origin': {
    message: 'Requests from other sites are refused.',
    hint: 'Use SF JWT Studio from its own tab, opened with the link it printed.',
  },
  'forbidden-host': {
    message: 'This request is addressed to another host name than 127.0.0.1 or localhost.',
    hint: 'Open the app at http://127.0.0.1:PORT/ as printed at start, not through another name.',
  },
  'method-not-allowed': {
    message: 'This address does not accept that HTTP method.',
    hint: 'API calls are POST /api/<method>; pages and downloads are GET.',
  },
  'invalid-json': {
    message: 'The request body is not JSON.',
    hint: 'Send the method input as a JSON document, or an empty body for methods without input.',
  },
  // The same refusal as a piped-in input that is too large: one wording (the web host names the 4 MB cap).
  'input-too-large': fileErrors.table['input-too-large'],
  'malformed-url': {
    message: 'The address is not a valid URL (a % not followed by two hex digits).',
    hint: 'Use the links the app shows; type an address as printed at start.',
  },
  'malformed-request': {
    message: 'The request is not valid HTTP.',
    hint: 'Use a browser or an HTTP client on the link printed at start.',
  },
  'request-timeout': {
    message: 'The request did not arrive in time (headers within 10 s, the whole request within 30 s).',
    hint: 'Send the request in one go; a connection that trickles is closed.',
  },
  'headers-too-large': {
    message: 'The request headers are too large.',
    hint: 'Clear this site’s cookies in the browser, then open the printed link again.',
  },
  'not-found': {
    message: 'Nothing is served at this address.',
    hint: 'Go back to the app at / and use its menus.',
  },
  'download-gone': {
    message: 'This download link was already used or has expired.',
    hint: 'Click the export button again for a fresh link (each one works once, for 5 minutes).',
  },
  'too-many-connections': {
    message: 'The browser host has too many open connections.',
    hint: 'Something on this machine is holding connections open; close it, or wait a minute and reload.',
  },
  'host-unreachable': {
    message: 'The SF JWT Studio web host does not answer.',
    hint: 'It may have been stopped: run npm start (or npm run web) again and open the link it prints.',
  },
});

export type WebTransportErrorCode = CodeOf<typeof webTransportErrors>;

const STATUS: Record<WebTransportErrorCode, number> = {
  'login-required': 401,
  'invalid-token': 401,
  forbidden: 403,
  'forbidden-origin': 403,
  'forbidden-host': 403,
  'method-not-allowed': 405,
  'invalid-json': 400,
  'input-too-large': 413,
  'malformed-url': 400,
  'malformed-request': 400,
  'request-timeout': 408,
  'headers-too-large': 431,
  'not-found': 404,
  'download-gone': 404,
  'too-many-connections': 503,
  'host-unreachable': 503,
};

/** The HTTP status the web host answers a transport error with. */
export const statusOf = (code: WebTransportErrorCode): number => STATUS[code];
