/**
 * Which proxy a request should go through, the way curl and most tools read the environment: HTTPS_PROXY for
 * https URLs, HTTP_PROXY for http ones (lower-case names too), and NO_PROXY as a list of hosts, domain
 * suffixes (`.corp.example` or `corp.example`), optional `:port`, or `*`. Node's fetch ignores all of these,
 * which is why admins behind a corporate proxy see timeouts from other tools.
 */
export type ProxyEnv = Record<string, string | undefined>;

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[?::1\]?)$/i;

function variable(env: ProxyEnv, name: string): string | undefined {
  const value = env[name] ?? env[name.toLowerCase()];
  return value?.trim() ? value.trim() : undefined;
}

function bypassed(target: URL, noProxy: string | undefined): boolean {
  if (!noProxy) return false;
  const host = target.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  for (const raw of noProxy.split(/[\s,]+/)) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') return true;
    const match = /^(.*?)(?::(\d+))?$/.exec(entry);
    const name = (match?.[1] ?? entry).replace(/^\*?\./, '');
    if (match?.[2] && match[2] !== port) continue;
    if (host === name || host.endsWith(`.${name}`)) return true;
  }
  return false;
}

export function isLoopback(target: URL): boolean {
  return LOOPBACK.test(target.hostname);
}

/** The proxy URL for a target, or undefined to connect directly. Loopback (the rehearsal emulator) is always direct. */
export function proxyFor(target: URL, env: ProxyEnv): URL | undefined {
  if (isLoopback(target)) return undefined;
  const raw = variable(env, target.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY');
  if (!raw || bypassed(target, variable(env, 'NO_PROXY'))) return undefined;
  try {
    return new URL(/^[a-z]+:\/\//i.test(raw) ? raw : `http://${raw}`);
  } catch {
    return undefined;
  }
}
