import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompactSign, importPKCS8 } from 'jose';
import { type EmulatorOptions, type RunningEmulator, startEmulator } from '../electron/emulator/emulator';
import type { EmulatorApp, EmulatorConfig, EmulatorUser } from '../electron/emulator/emulator-config';
import { workingApp, workingOrg, workingUser } from '../electron/emulator/working-org';
import { signBearerAssertion } from '../shared/jwt/sign-assertion';
import { JWT_BEARER_GRANT, LOGIN_URL } from '../shared/salesforce/endpoints';
import { opensslSelfSigned } from './judges';

/** Test material for the emulator's tests: keys made by openssl, assertions signed by jose, raw HTTP calls. */

export const CONSUMER_KEY = '3MVG9emulatorTestConsumerKey.abc123';
export const USERNAME = 'jane.admin@acme.com';

export interface KeyPair {
  privateKeyPem: string;
  certificatePem: string;
}

/** A key and its self-signed certificate, made by openssl as an admin following the help pages would. */
export function opensslKeyPair(): KeyPair {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-keys-'));
  try {
    const key = join(dir, 'server.key');
    const crt = join(dir, 'server.crt');
    opensslSelfSigned(key, crt, 'emulator-test', ['-days', '2']);
    return { privateKeyPem: readFileSync(key, 'utf8'), certificatePem: readFileSync(crt, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function user(overrides: Partial<EmulatorUser> = {}): EmulatorUser {
  return { ...workingUser(USERNAME), ...overrides };
}

export function app(certificatePem: string, overrides: Partial<EmulatorApp> = {}): EmulatorApp {
  return { ...workingApp({ certificatePem, consumerKey: CONSUMER_KEY, appName: 'Integration App' }), ...overrides };
}

/** The working org (production, one user, one Connected App): every request done right succeeds. */
export function workingConfig(certificatePem: string, overrides: Partial<EmulatorConfig> = {}): EmulatorConfig {
  return {
    ...workingOrg({ certificatePem, username: USERNAME, consumerKey: CONSUMER_KEY }),
    ...overrides,
    apps: overrides.apps ?? [app(certificatePem)],
  };
}

export function claims(aud: unknown, overrides: Record<string, unknown> = {}, nowMs = Date.now()): Record<string, unknown> {
  return { iss: CONSUMER_KEY, sub: USERNAME, aud, exp: Math.floor(nowMs / 1000) + 180, ...overrides };
}

/** The assertion done right for the kit's app and user at login, signed by the app's own signer. */
export function workingAssertion(privateKeyPem: string): Promise<string> {
  return signBearerAssertion(privateKeyPem, { iss: CONSUMER_KEY, sub: USERNAME, aud: LOGIN_URL, expiresInSeconds: 180 });
}

/** Signs any payload and header, so tests can send what a wrong client would (claim names, types, alg). */
export async function signAssertion(
  privateKeyPem: string,
  payload: Record<string, unknown>,
  header: Record<string, unknown> = { alg: 'RS256' },
): Promise<string> {
  const alg = String(header.alg);
  const key = alg.startsWith('HS')
    ? new TextEncoder().encode('a-shared-secret-from-a-tutorial!')
    : await importPKCS8(privateKeyPem, alg);
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ ...header, alg }).sign(key);
}

export interface Answer {
  status: number;
  body: unknown;
  contentType: string;
}

async function answerOf(response: Response): Promise<Answer> {
  const contentType = response.headers.get('content-type') ?? '';
  const text = await response.text();
  return { status: response.status, body: contentType.includes('json') ? JSON.parse(text) : text, contentType };
}

/** The request done right: a form-encoded POST of grant_type and assertion (plus any extra parameters). */
export async function requestToken(
  baseUrl: string,
  assertion: string | undefined,
  extra: Record<string, string> = {},
): Promise<Answer> {
  const form = new URLSearchParams({ grant_type: JWT_BEARER_GRANT, ...extra });
  if (assertion !== undefined) form.set('assertion', assertion);
  return send(`${baseUrl}/services/oauth2/token`, { method: 'POST', body: form });
}

export async function send(url: string, init: RequestInit = {}): Promise<Answer> {
  return answerOf(await fetch(url, init));
}

/** Starts an emulator for one test and always closes it. */
export async function withEmulator<T>(
  config: EmulatorConfig,
  run: (emulator: RunningEmulator) => Promise<T>,
  options?: EmulatorOptions,
): Promise<T> {
  const emulator = await startEmulator(config, options);
  try {
    return await run(emulator);
  } finally {
    await emulator.close();
  }
}

/** The token answer's fields the REST tests use. */
export interface IssuedToken {
  access_token: string;
  id: string;
  instance_url: string;
}

/** Logs `sub` in through `baseUrl` with a fresh assertion for `aud`, failing the test unless a token comes back. */
export async function issueToken(baseUrl: string, privateKeyPem: string, aud: string, sub = USERNAME): Promise<IssuedToken> {
  return login(baseUrl, privateKeyPem, claims(aud, { sub }));
}

async function login(baseUrl: string, privateKeyPem: string, payload: Record<string, unknown>): Promise<IssuedToken> {
  const answer = await requestToken(baseUrl, await signAssertion(privateKeyPem, payload));
  if (answer.status !== 200) throw new Error(`login failed: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as IssuedToken;
}

/**
 * The org's System Administrator, who logs in through the JWT flow with their own admin-approved app (as with an
 * sf CLI session) to read the org-check evidence.
 */
export const ORG_ADMIN = 'it.admin@acme.com';

/** The admin's own app, beside the integration's app and untouched by any breakage of it. */
export function orgAdminApp(certificatePem: string, consumerKey: string, overrides: Partial<EmulatorApp> = {}): EmulatorApp {
  return app(certificatePem, { name: 'Org Check Admin', consumerKey, ...overrides });
}

/** An access token for `sub` (the admin by default) through their app; a fresh `jti`, so each call gets its own token. */
export async function orgAdminToken(
  baseUrl: string,
  privateKeyPem: string,
  consumerKey: string,
  { aud = LOGIN_URL, sub = ORG_ADMIN }: { aud?: string; sub?: string } = {},
): Promise<string> {
  const payload = claims(aud, { iss: consumerKey, sub, jti: crypto.randomUUID() });
  return (await login(baseUrl, privateKeyPem, payload)).access_token;
}

export const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
