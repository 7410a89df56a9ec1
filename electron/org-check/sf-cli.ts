import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { orgCheckErrors } from '../../shared/org-check/org-check-errors';
import { type AdminConnection, adminConnection } from './admin-connection';

/** An org the sf CLI knows, as `sf org list --json` lists it: never its token. */
export interface SfOrg {
  alias?: string;
  username: string;
  instanceUrl?: string;
  connectedStatus?: string;
}

/** sf answers in a second or two; a minute covers a slow first run without hanging the check forever. */
const SF_TIMEOUT_MS = 60_000;

/** Where `sf` is on PATH, or undefined: the check never reads the sf CLI's own files (only its JSON output). */
export function sfOnPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const names = process.platform === 'win32' ? ['sf.cmd', 'sf.exe'] : ['sf'];
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // Not there: try the next directory.
      }
    }
  }
  return undefined;
}

/** An alias or username for --target-org: never something sf could read as another flag. */
function checkedTarget(target: string): string {
  if (!/^[A-Za-z0-9@._+-]{1,200}$/.test(target) || target.startsWith('-')) {
    throw orgCheckErrors.raise('org-check-sf-failed', `"${target.slice(0, 80)}" is not an sf alias or username.`);
  }
  return target;
}

/** Runs sf with --json and answers its `result`; its output holds tokens, so it is never logged or echoed. */
function runSf(args: string[], env: NodeJS.ProcessEnv): Promise<Record<string, unknown>> {
  const sf = sfOnPath(env);
  if (!sf) return Promise.reject(orgCheckErrors.raise('org-check-sf-missing'));
  return new Promise((resolve, reject) => {
    execFile(sf, [...args, '--json'], { env, timeout: SF_TIMEOUT_MS, maxBuffer: 8 * 1024 * 1024 }, (_error, stdout) => {
      let parsed: Record<string, unknown> | undefined;
      try {
        parsed = JSON.parse(stdout) as Record<string, unknown>;
      } catch {
        parsed = undefined;
      }
      const result = parsed?.result;
      if (parsed?.status === 0 && typeof result === 'object' && result !== null) {
        resolve(result as Record<string, unknown>);
        return;
      }
      const said = typeof parsed?.message === 'string' ? parsed.message.slice(0, 300) : 'no JSON answer';
      reject(orgCheckErrors.raise('org-check-sf-failed', `sf ${args.slice(0, 2).join(' ')} failed: ${said}`));
    });
  });
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** `sf org list --json`: the orgs of every group (non-scratch, scratch, sandboxes, Dev Hubs, other), once each. */
export function readSfOrgList(result: Record<string, unknown>): SfOrg[] {
  const seen = new Map<string, SfOrg>();
  for (const group of Object.values(result)) {
    if (!Array.isArray(group)) continue;
    for (const entry of group as Record<string, unknown>[]) {
      const username = text(entry?.username);
      if (!username || seen.has(username)) continue;
      const alias = text(entry.alias);
      const instanceUrl = text(entry.instanceUrl);
      const connectedStatus = text(entry.connectedStatus);
      seen.set(username, {
        username,
        ...(alias ? { alias } : {}),
        ...(instanceUrl ? { instanceUrl } : {}),
        ...(connectedStatus ? { connectedStatus } : {}),
      });
    }
  }
  return [...seen.values()];
}

export async function listSfOrgs(env: NodeJS.ProcessEnv = process.env): Promise<SfOrg[]> {
  return readSfOrgList(await runSf(['org', 'list'], env));
}

/** `sf org display --target-org ALIAS --json`: the org's instance URL and a current access token. */
export async function sfOrgConnection(target: string, env: NodeJS.ProcessEnv = process.env): Promise<AdminConnection> {
  const result = await runSf(['org', 'display', '--target-org', checkedTarget(target)], env);
  const instanceUrl = text(result.instanceUrl);
  const accessToken = text(result.accessToken);
  if (!instanceUrl || !accessToken) {
    throw orgCheckErrors.raise('org-check-sf-failed', `sf org display gave no instance URL or access token for ${target}.`);
  }
  return adminConnection('sf-cli', instanceUrl, accessToken, text(result.alias) ?? text(result.username) ?? target);
}
