/**
 * The renderer loads nothing remote and runs no inline script, in both hosts. `connect-src 'self'` lets the
 * browser build reach only its own web host; Electron's renderer talks IPC and needs no network at all.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
