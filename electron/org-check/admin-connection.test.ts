import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminConnection, checkedInstanceUrl, connectionInfo } from './admin-connection';
import { readSfOrgList, sfOnPath, sfOrgConnection } from './sf-cli';

const TOKEN = `00D000000000001!AR${'x'.repeat(90)}`;

describe('the admin connection', () => {
  it('takes https instance URLs, and plain http only on 127.0.0.1 (the emulator)', () => {
    expect(checkedInstanceUrl('https://acme.my.salesforce.com/lightning/page')).toBe('https://acme.my.salesforce.com');
    expect(checkedInstanceUrl('http://127.0.0.1:4455')).toBe('http://127.0.0.1:4455');
    expect(() => checkedInstanceUrl('http://acme.my.salesforce.com')).toThrow(
      expect.objectContaining({ code: 'org-check-bad-instance-url' }),
    );
    expect(() => checkedInstanceUrl('acme')).toThrow(expect.objectContaining({ code: 'org-check-bad-instance-url' }));
  });

  it('refuses an empty or multi-line token, and shows only the masked form', () => {
    expect(() => adminConnection('pasted', 'https://a.my.salesforce.com', '  \n', 'x')).toThrow(
      expect.objectContaining({ code: 'org-check-token-missing' }),
    );
    expect(() => adminConnection('pasted', 'https://a.my.salesforce.com', 'a b', 'x')).toThrow(
      expect.objectContaining({ code: 'org-check-token-missing' }),
    );
    const info = connectionInfo(adminConnection('pasted', 'https://a.my.salesforce.com', `${TOKEN}\n`, 'pasted token'));
    expect(JSON.stringify(info)).not.toContain(TOKEN);
    expect(info.maskedToken).toContain('hidden');
  });
});

describe('the sf CLI', () => {
  it('reads every group of `sf org list --json`, each org once, never a token', () => {
    const orgs = readSfOrgList({
      other: [],
      sandboxes: [{ alias: 'uat', username: 'admin@acme.com.uat', instanceUrl: 'https://acme--uat.sandbox.my.salesforce.com' }],
      nonScratchOrgs: [
        {
          alias: 'prod',
          username: 'admin@acme.com',
          instanceUrl: 'https://acme.my.salesforce.com',
          connectedStatus: 'Connected',
          accessToken: TOKEN,
        },
        { alias: 'uat', username: 'admin@acme.com.uat', instanceUrl: 'https://acme--uat.sandbox.my.salesforce.com' },
      ],
      devHubs: [],
      scratchOrgs: [],
    });
    expect(orgs.map((o) => o.alias)).toEqual(['uat', 'prod']);
    expect(orgs[1]).toEqual({
      alias: 'prod',
      username: 'admin@acme.com',
      instanceUrl: 'https://acme.my.salesforce.com',
      connectedStatus: 'Connected',
    });
    expect(JSON.stringify(orgs)).not.toContain(TOKEN);
  });

  it('is looked for on PATH only, as an executable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sf-path-'));
    expect(sfOnPath({ PATH: dir })).toBeUndefined();
    writeFileSync(join(dir, 'sf'), '');
    expect(sfOnPath({ PATH: dir })).toBeUndefined();
    chmodSync(join(dir, 'sf'), 0o755);
    expect(sfOnPath({ PATH: dir })).toBe(join(dir, 'sf'));
  });

  it('refuses a target sf could read as a flag, and says when sf is missing', async () => {
    await expect(sfOrgConnection('--json', { PATH: '' })).rejects.toMatchObject({ code: 'org-check-sf-failed' });
    await expect(sfOrgConnection('prod', { PATH: '' })).rejects.toMatchObject({ code: 'org-check-sf-missing' });
  });
});
