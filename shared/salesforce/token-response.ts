import { maskSecretsInJson, maskSecretsInText } from '../secrets/mask';
import type { ResponseBody } from './exchange-outcome';

const EXCERPT_CHARS = 400;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS)}…` : flat;
}

function htmlText(html: string): { title?: string; excerpt: string } {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1]?.trim();
  const body = html
    .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
  return title ? { title, excerpt: excerpt(body) } : { excerpt: excerpt(body) };
}

/**
 * Reads a response body for people: JSON pretty-printed, HTML (a site page, a proxy's block page, a
 * maintenance page) as a short text excerpt, anything else as text.
 */
export function readResponseBody(contentType: string | undefined, text: string): ResponseBody {
  if (text.trim() === '') return { kind: 'empty' };
  const looksHtml = /html/i.test(contentType ?? '') || /^\s*<(!doctype|html|head|body)/i.test(text);
  if (!looksHtml) {
    try {
      const json: unknown = JSON.parse(text);
      return { kind: 'json', json, pretty: JSON.stringify(json, null, 2) };
    } catch {
      // Not JSON: shown as text below.
    }
    return { kind: 'text', excerpt: excerpt(text) };
  }
  return { kind: 'html', ...htmlText(text) };
}

/** Salesforce's OAuth error body: `{"error": "invalid_grant", "error_description": "…"}`. */
export interface TokenErrorBody {
  error: string;
  description: string;
}

export function tokenErrorOf(body: ResponseBody): TokenErrorBody | undefined {
  if (body.kind !== 'json' || typeof body.json !== 'object' || body.json === null) return undefined;
  const json = body.json as Record<string, unknown>;
  if (typeof json.error !== 'string') return undefined;
  return { error: json.error, description: typeof json.error_description === 'string' ? json.error_description : '' };
}

/** The success answer (docs/salesforce-jwt.md, "Success"): never a refresh_token, no expires_in. */
export interface TokenGrant {
  accessToken: string;
  instanceUrl: string;
  id: string;
  scope?: string;
  tokenType?: string;
  sfdcSiteUrl?: string;
  sfdcSiteId?: string;
}

export function tokenGrantOf(body: ResponseBody): TokenGrant | undefined {
  if (body.kind !== 'json' || typeof body.json !== 'object' || body.json === null) return undefined;
  const json = body.json as Record<string, unknown>;
  const text = (key: string) => (typeof json[key] === 'string' ? (json[key] as string) : undefined);
  const accessToken = text('access_token');
  const instanceUrl = text('instance_url');
  const id = text('id');
  if (!accessToken || !instanceUrl || !id) return undefined;
  const grant: TokenGrant = { accessToken, instanceUrl, id };
  const optional: [keyof TokenGrant, string][] = [
    ['scope', 'scope'],
    ['tokenType', 'token_type'],
    ['sfdcSiteUrl', 'sfdc_site_url'],
    ['sfdcSiteId', 'sfdc_site_id'],
  ];
  for (const [field, key] of optional) {
    const value = text(key);
    if (value !== undefined) grant[field] = value;
  }
  return grant;
}

/**
 * The same body with every secret masked (access_token, refresh_token, id_token, session ids, Authorization
 * values, any token-shaped string): what may be shown, logged or sent to a renderer.
 */
export function withMaskedToken(body: ResponseBody): ResponseBody {
  switch (body.kind) {
    case 'json': {
      const masked = maskSecretsInJson(body.json);
      return { kind: 'json', json: masked, pretty: JSON.stringify(masked, null, 2) };
    }
    case 'html':
      return {
        ...body,
        excerpt: maskSecretsInText(body.excerpt),
        ...(body.title ? { title: maskSecretsInText(body.title) } : {}),
      };
    case 'text':
      return { kind: 'text', excerpt: maskSecretsInText(body.excerpt) };
    case 'empty':
      return body;
  }
}
