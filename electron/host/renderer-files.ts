import { extname } from 'node:path';

/** The media types of what Vite emits for the renderer, for both hosts that serve it (web host, app:// scheme). */
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export const HTML_MIME = MIME['.html'] as string;

/** The Content-Type of a renderer file; anything unknown is bytes (served with nosniff, never run). */
export function rendererMime(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';
}
