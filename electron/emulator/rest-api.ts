import type { IncomingMessage, ServerResponse } from 'node:http';
import { runSoql, soqlColumns } from '../../shared/soql/soql-evaluate';
import { findObject, type SoqlDatabase } from '../../shared/soql/soql-schema';
import type { EmulatedOrg } from './emulated-org';
import type { EmulatorUrls } from './emulator-config';
import { sendInvalidSession, sendJson } from './http-replies';
import { describeGlobal, describeObject, objectInfo } from './object-describe';
import { apiVersions, identity, LATEST_API_VERSION, OLDEST_API_VERSION } from './org-resources';
import { sendMethodNotAllowed, sendNotFound, sendRestError } from './rest-errors';
import type { Session, SessionStore } from './session-store';

/** assumption: the org's daily API request allowance (an Enterprise Edition org's base, docs/emulator.md). */
export const DAILY_API_REQUESTS = 15_000;
const READ_METHODS = ['GET', 'HEAD'];

export interface RestContext {
  org: EmulatedOrg;
  /** Filled once the listeners are up: identity answers point at the My Domain. */
  urls: EmulatorUrls;
  sessions: SessionStore;
  databases: { data: SoqlDatabase; tooling: SoqlDatabase };
  now: () => number;
  /** Authenticated `/services/data` calls so far: `limits` reports them as DailyApiRequests used. */
  apiRequests: { count: number };
}

const VERSIONED = /^\/services\/data\/v(\d+)\.0(?:\/(.*))?$/;
const RECORD_ID = /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/;

/** `GET /services/data/vXX.X/`: the resources of one version, as the REST API's Resources by Version lists them. */
function resourceMap(ctx: RestContext, version: string, session: Session) {
  const base = `/services/data/v${version}`;
  const names = ['limits', 'query', 'queryAll', 'sobjects', 'tooling'];
  return {
    ...Object.fromEntries(names.map((n) => [n, `${base}/${n}`])),
    identity: `${ctx.urls.myDomain}/id/${ctx.org.orgId}/${session.user.id}`,
  };
}

function limits(ctx: RestContext) {
  const used = Math.min(ctx.apiRequests.count, DAILY_API_REQUESTS);
  const fixed = (max: number) => ({ Max: max, Remaining: max });
  return {
    DailyApiRequests: { Max: DAILY_API_REQUESTS, Remaining: DAILY_API_REQUESTS - used },
    DailyAsyncApexExecutions: fixed(250_000),
    DailyBulkApiBatches: fixed(15_000),
    DailyStreamingApiEvents: fixed(1_000_000),
    DataStorageMB: fixed(5),
    FileStorageMB: fixed(20),
    SingleEmail: fixed(5_000),
  };
}

/**
 * Setup objects a session reads only with "View Setup and Configuration" (and "Manage Users" for Login History).
 * assumption: the emulator grants them to the System Administrator profile alone; any other session gets the
 * INVALID_TYPE answer Salesforce gives for an object the user cannot see.
 */
const SETUP_OBJECTS = new Set(['connectedapplication', 'setupentityaccess', 'loginhistory']);
const SETUP_PROFILE = 'System Administrator';

function setupObjectRefused(q: string, session: Session): string | undefined {
  const object = /\bFROM\s+(\w+)/i.exec(q)?.[1];
  if (!object || !SETUP_OBJECTS.has(object.toLowerCase()) || session.user.profile === SETUP_PROFILE) return undefined;
  return object;
}

function query(res: ServerResponse, url: URL, db: SoqlDatabase, ctx: RestContext, version: string, session: Session) {
  const q = url.searchParams.get('q');
  if (q === null || q.trim() === '') return sendRestError(res, 400, 'MALFORMED_QUERY', 'A query string has to be specified');
  const refused = setupObjectRefused(q, session);
  if (refused) {
    return sendRestError(
      res,
      400,
      'INVALID_TYPE',
      `sObject type '${refused}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`,
    );
  }
  const options = { nowMs: ctx.now(), apiVersion: version };
  // `columns=true` (undocumented; Developer Console and the sf CLI's `data query` ask it) describes the columns.
  const answer = url.searchParams.get('columns') === 'true' ? soqlColumns(q, db, options) : runSoql(q, db, options);
  if (!answer.ok) return sendRestError(res, 400, answer.error.errorCode, answer.error.message);
  sendJson(res, 200, answer.result);
}

/** `sobjects/{Type}/{Id}`: the whole record, read through the same SOQL path a query takes. */
function recordById(res: ServerResponse, ctx: RestContext, version: string, type: string, id: string) {
  const object = findObject(ctx.databases.data, type);
  if (!object || !RECORD_ID.test(id)) return sendNotFound(res);
  const fields = object.fields.map((f) => f.name).join(', ');
  const answer = runSoql(`SELECT ${fields} FROM ${object.name} WHERE Id = '${id}'`, ctx.databases.data, {
    nowMs: ctx.now(),
    apiVersion: version,
  });
  const record = answer.ok ? answer.result.records[0] : undefined;
  if (!record) return sendNotFound(res);
  sendJson(res, 200, record);
}

/** The resources under `/services/data/vXX.X/`, once the token is known good. */
function versioned(res: ServerResponse, url: URL, rest: string, ctx: RestContext, version: string, session: Session) {
  const parts = rest.split('/').filter(Boolean);
  const [head, second, third, fourth] = parts;
  const { data, tooling } = ctx.databases;
  if (parts.length === 0) return sendJson(res, 200, resourceMap(ctx, version, session));
  if (parts.length === 1 && (head === 'query' || head === 'queryAll')) return query(res, url, data, ctx, version, session);
  if (parts.length === 2 && head === 'tooling' && second === 'query') return query(res, url, tooling, ctx, version, session);
  if (parts.length === 1 && head === 'limits') return sendJson(res, 200, limits(ctx));
  if (head !== 'sobjects' || parts.length > 3) return sendNotFound(res);
  if (parts.length === 1) return sendJson(res, 200, describeGlobal(version, data.objects));
  const object = findObject(data, second!);
  if (!object) return sendNotFound(res);
  if (parts.length === 2) return sendJson(res, 200, objectInfo(version, object));
  if (third === 'describe' && fourth === undefined) return sendJson(res, 200, describeObject(version, object));
  return recordById(res, ctx, version, object.name, third!);
}

/** `/services/data/…`: the version list, then each version's resources; all need the access token. */
function data(req: IncomingMessage, res: ServerResponse, url: URL, ctx: RestContext) {
  const path = url.pathname;
  const session = ctx.sessions.fromAuthorization(req.headers.authorization);
  if (path === '/services/data' || path === '/services/data/') {
    if (!READ_METHODS.includes(req.method ?? '')) return sendMethodNotAllowed(res, req.method, READ_METHODS);
    // assumption: Salesforce lists the versions to anyone; the emulator wants the token, so the list proves it.
    if (!session) return sendInvalidSession(res);
    return sendJson(res, 200, apiVersions());
  }
  const match = VERSIONED.exec(path);
  const version = match ? Number(match[1]) : Number.NaN;
  if (!match || version < OLDEST_API_VERSION || version > LATEST_API_VERSION) return sendNotFound(res);
  if (!session) return sendInvalidSession(res);
  ctx.apiRequests.count++;
  if (!READ_METHODS.includes(req.method ?? '')) return sendMethodNotAllowed(res, req.method, READ_METHODS);
  versioned(res, url, match[2] ?? '', ctx, `${version}.0`, session);
}

/** OpenID Connect's UserInfo answer (`/services/oauth2/userinfo`), built from the identity service's. */
function userInfo(ctx: RestContext, session: Session) {
  const id = identity(ctx.urls.myDomain, ctx.org.orgId, session.user);
  return {
    sub: id.id,
    user_id: id.user_id,
    organization_id: id.organization_id,
    preferred_username: id.username,
    nickname: id.nick_name,
    name: id.display_name,
    email: id.email,
    email_verified: id.email_verified,
    given_name: id.first_name,
    family_name: id.last_name,
    zoneinfo: id.timezone,
    profile: id.urls.profile,
    urls: id.urls,
    active: id.active,
    user_type: id.user_type,
    language: id.language,
    locale: id.locale,
    utcOffset: id.utcOffset,
    updated_at: id.last_modified_date,
    is_app_installed: id.is_app_installed,
  };
}

/**
 * `POST /services/oauth2/revoke` with `token=…` (or `GET ?token=`): the access token stops working at once
 * (Salesforce Help, "Revoke OAuth Tokens"): 200, or 400 `invalid_token` for a token the org never issued.
 */
function revoke(req: IncomingMessage, res: ServerResponse, url: URL, body: string, ctx: RestContext) {
  if (req.method !== 'POST' && req.method !== 'GET') return sendMethodNotAllowed(res, req.method, ['GET', 'POST']);
  const token = (req.method === 'POST' ? new URLSearchParams(body) : url.searchParams).get('token');
  if (!token || !ctx.sessions.revoke(token)) {
    return sendJson(res, 400, { error: 'invalid_token', error_description: 'invalid token' });
  }
  res.writeHead(200, { 'content-length': 0, 'cache-control': 'no-cache,must-revalidate,max-age=0,no-store,private' });
  res.end();
}

/**
 * Every path under `/services` except the token endpoint: the REST API, UserInfo and revocation. Whatever the
 * path, method or token, the answer is JSON (Salesforce's error arrays), never an HTML page.
 */
export function handleServices(req: IncomingMessage, res: ServerResponse, url: URL, body: string, ctx: RestContext) {
  const path = url.pathname;
  if (path === '/services/data' || path.startsWith('/services/data/')) return data(req, res, url, ctx);
  if (path === '/services/oauth2/revoke') return revoke(req, res, url, body, ctx);
  if (path === '/services/oauth2/userinfo') {
    if (req.method !== 'GET' && req.method !== 'POST') return sendMethodNotAllowed(res, req.method, ['GET', 'POST']);
    const session = ctx.sessions.fromAuthorization(req.headers.authorization);
    if (!session) return sendInvalidSession(res);
    return sendJson(res, 200, userInfo(ctx, session));
  }
  sendNotFound(res);
}
