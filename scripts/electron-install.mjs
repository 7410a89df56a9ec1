// Runs Electron's own installer (node_modules/electron/install.js, which fetches the binary through
// @electron/get) when the binary is missing, bounded in time, and turns a failure into one line saying why.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './build.mjs';

const electronDir = join(root, 'node_modules', 'electron');
/** A stalled download gives up after this; an offline machine fails within a second (no route, refused). */
export const INSTALL_TIMEOUT_MS = 5 * 60_000;

/**
 * @electron/get 5 is an ES module (its package.json: "type": "module") that install.js loads with require():
 * Node runs that without a flag from 20.19.0, 22.12.0 and 23 on (https://nodejs.org/api/modules.html#loading-ecmascript-modules-using-require),
 * and throws ERR_REQUIRE_ESM before. Otherwise it needs only what Node 20 has (fetch, web streams).
 */
export function installerRunsOn(version = process.versions.node) {
  const [major, minor] = version.split('.').map(Number);
  return major >= 23 || (major === 22 && minor >= 12) || (major === 20 && minor >= 19);
}

/** The version of Electron the package pins. */
export function electronVersion() {
  return JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
}

/** Passwords in a mirror or proxy URL never reach the terminal. */
const withoutCredentials = (text) => text.replace(/\/\/[^/@\s]+@/g, '//');

/** The installer's stack trace, read as the one reason a person needs. */
export function failureReason(stderr, env = process.env) {
  const mirror = env.ELECTRON_MIRROR || env.npm_config_electron_mirror;
  const server = mirror ? `the mirror ${withoutCredentials(mirror)}` : 'github.com';
  if (/ERR_REQUIRE_ESM/.test(stderr))
    return `Node ${process.versions.node} is too old for Electron's installer (it needs 20.19 or later)`;
  if (/fetch failed|ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENETUNREACH/.test(stderr))
    return `${server} could not be reached (offline, blocked by a firewall, or a proxy is needed: set HTTPS_PROXY)`;
  const http = /Response code (\d+ \([^)]*\))/.exec(stderr);
  if (http) return `${server} answered ${http[1]}`;
  if (/checksum|sha256/i.test(stderr)) return 'the download did not match the checksum Electron publishes';
  const first = stderr.split('\n').find((line) => line.trim().length > 0) ?? 'the installer stopped without a message';
  return withoutCredentials(first.trim()).slice(0, 200);
}

/**
 * Downloads the binary with the package's installer, which honours ELECTRON_MIRROR, electron_config_cache
 * and the download cache. @electron/get uses a proxy only when ELECTRON_GET_USE_PROXY is set, so a set
 * HTTPS_PROXY/HTTP_PROXY turns it on. Resolves `{ ok: true }` or `{ ok: false, reason }`.
 */
export function installElectron({ env = process.env, timeoutMs = INSTALL_TIMEOUT_MS } = {}) {
  if (!existsSync(join(electronDir, 'install.js'))) {
    return Promise.resolve({ ok: false, reason: 'the electron package is not installed (run npm install)' });
  }
  if (!installerRunsOn()) {
    return Promise.resolve({
      ok: false,
      reason: `Node ${process.versions.node} is too old for Electron's installer (it needs 20.19 or later)`,
    });
  }
  const proxied = env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy;
  const childEnv = { ...env, ...(proxied && !env.ELECTRON_GET_USE_PROXY ? { ELECTRON_GET_USE_PROXY: 'true' } : {}) };
  delete childEnv.ELECTRON_RUN_AS_NODE;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(electronDir, 'install.js')], {
      cwd: electronDir,
      env: childEnv,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      if (stderr.length < 64 * 1024) stderr += String(d);
    });
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      stderr = `timed out: no complete download within ${Math.round(timeoutMs / 1000)} s\n${stderr}`;
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, reason: error.message });
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve({ ok: true });
      else if (stderr.startsWith('timed out')) resolve({ ok: false, reason: stderr.split('\n')[0] });
      else resolve({ ok: false, reason: failureReason(stderr, env) });
    });
  });
}
