import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TOKEN_PATH } from '../../shared/salesforce/endpoints';
import { emulateOrg } from './emulated-org';
import type { EmulatorConfig, EmulatorUrls, LoginHistoryEntry } from './emulator-config';
import { EMULATOR_ROLES, type EmulatorRole, roleHost } from './emulator-roles';
import { BodyTooLargeError, htmlPage, readBody, sendHtml, sendInvalidSession, sendJson } from './http-replies';
import { LoginHistory } from './login-history';
import { LoginRateLimiter } from './login-rate-limiter';
import { OAUTH_FAILURES, type OAuthFailure, type OAuthFailureCode } from './oauth-failures';
import { orgDatabase } from './org-records';
import { identity } from './org-resources';
import { ReplayGuard } from './replay-guard';
import { handleServices, type RestContext } from './rest-api';
import { sendRestError } from './rest-errors';
import { SessionStore } from './session-store';
import { decideTokenRequest } from './token-decision';
import { readTokenRequest } from './token-request';

/** Setup → Login History, read by the app's emulator panel and by tests. Not a Salesforce path. */
export const HISTORY_PATH = '/emulator/login-history';

export interface RunningEmulator {
  /** `http://127.0.0.1:PORT` for each role: login.salesforce.com, test.salesforce.com, the org's My Domain. */
  urls: EmulatorUrls;
  loginHistory(): LoginHistoryEntry[];
  close(): Promise<void>;
}

export interface EmulatorOptions {
  /** The clock, in milliseconds: tests move it to expire assertions, age apps and pass the rate-limit hour. */
  now?: () => number;
  /** One line per token request (role, status, error): never the assertion or the token. */
  log?: (line: string) => void;
}

/**
 * A local stand-in for Salesforce's JWT Bearer token endpoint and the REST API clients call with the token,
 * playing one org on three loopback listeners (docs/emulator.md). It answers each mistake with
 * the error Salesforce gives for it, so an admin can rehearse offline and tests can reproduce every failure.
 */
export async function startEmulator(config: EmulatorConfig, options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const now = options.now ?? Date.now;
  const org = emulateOrg(config);
  const startedAt = now();
  const history = new LoginHistory();
  const databases = orgDatabase(org, { startedAtMs: startedAt, loginHistory: () => history.list() });
  const sessions = new SessionStore(org.orgId);
  const replays = new ReplayGuard();
  const rateLimiter = new LoginRateLimiter(config.rateLimitPerUserPerHour);
  const signingSecret = randomBytes(32);
  const urls: EmulatorUrls = { login: '', test: '', myDomain: '' };
  const rest: RestContext = { org, urls, sessions, databases, now, apiRequests: { count: 0 } };

  async function handle(role: EmulatorRole, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const path = url.pathname;
    if (path === TOKEN_PATH) return handleToken(role, req, res);
    if (isServicesPath(path)) return handleServices(req, res, url, await readBody(req), rest);
    const idPath = /^\/id\/([^/]+)\/([^/]+)\/?$/.exec(path);
    if (!idPath && path !== HISTORY_PATH && path !== '/') {
      return sendHtml(res, 404, htmlPage('URL No Longer Exists', `There is nothing at ${path}.`));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendHtml(res, 405, htmlPage('Method Not Allowed', `${req.method} is not supported here.`));
    }
    if (idPath) return handleIdentity(req, res, idPath[1]!, idPath[2]!);
    if (path === HISTORY_PATH) return sendJson(res, 200, history.list());
    const page = htmlPage('Login | Salesforce', `SF JWT Studio's emulator, playing ${roleHost(role, config.org)} for one org.`);
    return sendHtml(res, 200, page);
  }

  async function handleToken(role: EmulatorRole, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const read = readTokenRequest(req.method, req.headers['content-type'], await readBody(req));
    if (!read.ok) return answerFailure(role, res, read.failure);
    const nowMs = now();
    const decision = decideTokenRequest(read.assertion, read.clientSecretSent, {
      org,
      role,
      nowMs,
      uptimeSeconds: (nowMs - startedAt) / 1000,
      replays,
      rateLimiter,
    });
    const time = new Date(nowMs).toISOString();
    // Login History's columns for this attempt: the host it reached and where it came from.
    const where = { loginUrl: new URL(roleHost(role, config.org)).host, sourceIp: remoteIp(req) };
    if (!decision.ok) {
      const user = decision.username === undefined ? undefined : org.findUser(decision.username);
      const status = failureHistoryStatus(decision.failure);
      if (user && status) {
        history.record({
          time,
          username: user.username,
          status,
          ...(decision.app ? { application: appName(decision.app) } : {}),
          userId: user.id,
          ...where,
        });
      }
      return answerFailure(role, res, decision.failure);
    }
    const { app, user } = decision;
    rateLimiter.count(user.username, nowMs);
    history.record({ time, username: user.username, status: 'Success', application: appName(app), userId: user.id, ...where });
    const instanceUrl = urls.myDomain;
    const id = `${instanceUrl}/id/${org.orgId}/${user.id}`;
    const issuedAt = String(nowMs);
    options.log?.(`token ${role}: 200 ${user.username}`);
    sendJson(res, 200, {
      access_token: sessions.issue({ user }),
      scope: app.scopes.join(' '),
      instance_url: instanceUrl,
      id,
      token_type: 'Bearer',
      issued_at: issuedAt,
      signature: createHmac('sha256', signingSecret)
        .update(id + issuedAt)
        .digest('base64'),
    });
  }

  function answerFailure(role: EmulatorRole, res: ServerResponse, failure: OAuthFailureCode): void {
    const { error, description } = OAUTH_FAILURES[failure];
    options.log?.(`token ${role}: 400 ${error}: ${description}`);
    sendJson(res, 400, { error, error_description: description });
  }

  function handleIdentity(req: IncomingMessage, res: ServerResponse, orgId: string, userId: string) {
    const session = sessions.fromAuthorization(req.headers.authorization);
    if (!session) return sendInvalidSession(res);
    const user = orgId === org.orgId ? org.users.find((u) => u.id === userId) : undefined;
    // assumption: an id URL of no user of this org answers 404 Bad_Id.
    if (!user) return sendJson(res, 404, [{ message: 'Bad_Id', errorCode: 'NOT_FOUND' }]);
    sendJson(res, 200, identity(urls.myDomain, org.orgId, user));
  }

  const servers = await Promise.all(EMULATOR_ROLES.map((role) => listen((req, res) => handleRequest(role, req, res))));
  for (const [i, role] of EMULATOR_ROLES.entries()) {
    urls[role] = `http://127.0.0.1:${(servers[i]!.address() as AddressInfo).port}`;
  }

  function handleRequest(role: EmulatorRole, req: IncomingMessage, res: ServerResponse): void {
    handle(role, req, res).catch((error) => {
      if (res.headersSent) return res.destroy();
      const services = isServicesPath(new URL(req.url ?? '/', 'http://emulator').pathname);
      if (error instanceof BodyTooLargeError) {
        if (services) return sendRestError(res, 413, 'REQUEST_ENTITY_TOO_LARGE', error.message);
        return sendHtml(res, 413, htmlPage('Request Entity Too Large', error.message));
      }
      if (services) return sendRestError(res, 500, 'UNKNOWN_EXCEPTION', 'The emulator could not answer this request.');
      sendHtml(res, 500, htmlPage('Internal Server Error', 'The emulator could not answer this request.'));
    });
  }

  return {
    urls: { ...urls },
    loginHistory: () => history.list(),
    close: () => Promise.all(servers.map(closeServer)).then(() => undefined),
  };
}

/** Salesforce's REST, OAuth and SOAP services live under /services: they answer JSON, never a page. */
function isServicesPath(path: string): boolean {
  return path === '/services' || path.startsWith('/services/');
}

/** The caller's address as Login History's Source IP shows it (IPv4-mapped IPv6 unwrapped). */
function remoteIp(req: IncomingMessage): string {
  return (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
}

function failureHistoryStatus(failure: OAuthFailureCode): string | undefined {
  const entry: OAuthFailure = OAUTH_FAILURES[failure];
  return entry.loginHistoryStatus;
}

function appName(app: { name?: string; consumerKey: string }): string {
  return app.name ?? app.consumerKey;
}

function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(handler);
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
