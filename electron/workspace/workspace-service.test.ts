import { createPrivateKey } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyWizardAnswers } from '../../shared/workspace/wizard-answers';
import { opensslKeyPair } from '../../test-support/emulator-test-kit';
import { KeyVault } from '../keys/key-vault';
import { keyMaterialFrom } from '../profiles/profile-key';
import type { Keychain } from './keychain';
import { WorkspaceService } from './workspace-service';
import { WorkspaceStore } from './workspace-store';

const pairA = opensslKeyPair();
const pairB = opensslKeyPair();
const keyA = () => keyMaterialFrom(pairA.privateKeyPem, pairA.certificatePem, 'key_a', 'test key A');
const keyB = () => keyMaterialFrom(pairB.privateKeyPem, pairB.certificatePem, 'key_b', 'test key B');

/** A host's workspace on `dataDir`, as createServices builds it; `keychain` as the machine would answer. */
async function start(dataDir: string, keychain?: Keychain) {
  const vault = new KeyVault();
  const workspace = new WorkspaceService(
    new WorkspaceStore(dataDir),
    vault,
    Promise.resolve({ dataDir, platformSecrets: undefined, keychain }),
  );
  await workspace.ready();
  return { vault, workspace };
}

const fingerprint = (k: ReturnType<typeof keyA>) => k.summary.certificate?.fingerprintSha256;
const fresh = () => mkdtempSync(join(tmpdir(), 'sfjs-workspace-'));

describe('workspace', () => {
  it('comes back in another host on the same data folder: the key, the answers, the confirmations', async () => {
    const dir = fresh();
    const first = await start(dir);
    first.vault.set(keyA());
    first.workspace.updateWizard({ ...emptyWizardAnswers, step: 'credentials', done: ['org', 'eca-jwt'], clientId: '3MVG9x' });
    first.workspace.confirmCertificate('configure', true);
    await first.workspace.saved();

    const second = await start(dir);
    expect(second.vault.current()?.summary.certificate?.fingerprintSha256).toBe(fingerprint(keyA()));
    expect(second.vault.current()?.privateKeyPem).toBe(keyA().privateKeyPem);
    const view = second.workspace.view();
    expect(view.wizard).toMatchObject({ step: 'credentials', done: ['org', 'eca-jwt'], clientId: '3MVG9x' });
    expect(view.confirmed.configure?.fingerprintSha256).toBe(fingerprint(keyA()));
    expect(second.workspace.uploadedCertificatePem()).toBe(pairA.certificatePem);
    expect(view.protection.scheme).toBe('key-file');
  });

  it('keeps the workspace file and its key file at mode 0600, with no private key and no modulus in clear', async () => {
    const dir = fresh();
    const { vault, workspace } = await start(dir);
    vault.set(keyA());
    vault.set(keyB());
    await workspace.saved();
    expect(statSync(join(dir, 'workspace.json')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'workspace.key')).mode & 0o777).toBe(0o600);
    const text = readFileSync(join(dir, 'workspace.json'), 'utf8');
    expect(text).not.toMatch(/PRIVATE KEY/);
    for (const pair of [pairA, pairB]) {
      const jwk = createPrivateKey(pair.privateKeyPem).export({ format: 'jwk' });
      const modulusHex = Buffer.from(jwk.n as string, 'base64url').toString('hex');
      expect(text.toLowerCase()).not.toContain(modulusHex.slice(0, 64));
      expect(text).not.toContain((jwk.d as string).slice(0, 40));
    }
  });

  it('a new key is a rotation: the previous key stays, restorable (and the restore undoable) until discarded', async () => {
    const dir = fresh();
    const { vault, workspace } = await start(dir);
    vault.set(keyA());
    vault.set(keyA()); // the same certificate again is no rotation
    expect(workspace.view().previousKey).toBeUndefined();
    vault.set(keyB());
    expect(workspace.view().previousKey?.certificate?.fingerprintSha256).toBe(fingerprint(keyA()));
    await workspace.saved();
    const again = await start(dir);
    expect(again.workspace.view().previousKey?.certificate?.fingerprintSha256).toBe(fingerprint(keyA()));
    expect(again.workspace.restorePrevious().certificate?.fingerprintSha256).toBe(fingerprint(keyA()));
    expect(again.workspace.view().previousKey?.certificate?.fingerprintSha256).toBe(fingerprint(keyB()));
    expect(again.workspace.discardPrevious()).toBe(true);
    expect(() => again.workspace.restorePrevious()).toThrow(expect.objectContaining({ code: 'no-previous-key' }));
    await again.workspace.saved();
    expect((await start(dir)).workspace.view().previousKey).toBeUndefined();
  });

  it('keeps the latest test per target and certificate: a failure with a new key leaves the old key’s success', async () => {
    const dir = fresh();
    const { workspace } = await start(dir);
    const mark = (ok: boolean, fingerprintSha256: string, at: string) =>
      ({ target: 'emulator', host: 'https://acme.my.salesforce.com', ok, at, fingerprintSha256 }) as const;
    workspace.recordTest(mark(true, 'AA', '2026-01-01T00:00:00.000Z'));
    workspace.recordTest(mark(false, 'BB', '2026-01-01T00:01:00.000Z'));
    workspace.recordTest(mark(false, 'BB', '2026-01-01T00:02:00.000Z'));
    workspace.recordTest({ ...mark(true, 'BB', '2026-01-01T00:03:00.000Z'), target: 'salesforce' });
    await workspace.saved();
    const tests = (await start(dir)).workspace.view().tests;
    expect(tests.map((t) => [t.target, t.fingerprintSha256, t.ok, t.at.slice(14, 16)])).toEqual([
      ['salesforce', 'BB', true, '03'],
      ['emulator', 'BB', false, '02'],
      ['emulator', 'AA', true, '00'],
    ]);
  });

  it('refuses a certificate the file could not hold, and keeps the key in use', async () => {
    const { vault, workspace } = await start(fresh());
    vault.set(keyA());
    const big = {
      ...keyB(),
      certificatePem: `-----BEGIN CERTIFICATE-----\n${'A'.repeat(38 * 1024)}\n-----END CERTIFICATE-----\n`,
    };
    expect(() => vault.set(big)).toThrow(expect.objectContaining({ code: 'certificate-too-large' }));
    expect(fingerprint(vault.require())).toBe(fingerprint(keyA()));
    await workspace.saved();
  });

  it('a damaged or foreign file: starts empty, keeps it aside, says so once', async () => {
    for (const content of ['{"format":"sf-jwt-studio/workspace","version":1,"wiz', '{"format":"someone-else"}', '\u0000\u0001']) {
      const dir = fresh();
      writeFileSync(join(dir, 'workspace.json'), content);
      const { vault, workspace } = await start(dir);
      expect(vault.current()).toBeUndefined();
      const [notice, ...more] = workspace.view().notices;
      expect(more).toEqual([]);
      expect(notice).toMatch(/damaged.*workspace\.damaged-/);
      expect(workspace.view().notices).toEqual([]);
      const aside = readdirSync(dir).filter((n) => /^workspace\.damaged-.+\.json$/.test(n));
      expect(aside).toHaveLength(1);
      expect(readFileSync(join(dir, aside[0] as string), 'utf8')).toBe(content);
    }
  });

  it('a GCM tag cut short makes the file damaged: it never opens', async () => {
    const dir = fresh();
    const first = await start(dir);
    first.vault.set(keyA());
    await first.workspace.saved();
    const file = JSON.parse(readFileSync(join(dir, 'workspace.json'), 'utf8'));
    file.key.privateKey.tag = Buffer.from(file.key.privateKey.tag, 'base64').subarray(0, 4).toString('base64');
    writeFileSync(join(dir, 'workspace.json'), JSON.stringify(file));
    const second = await start(dir);
    expect(second.vault.current()).toBeUndefined();
    expect(second.workspace.view().notices.join()).toMatch(/workspace\.damaged-/);
  });

  it('reads a file with a byte-order mark, and removes a killed writer’s .tmp files at start', async () => {
    const dir = fresh();
    const first = await start(dir);
    first.workspace.updateWizard({ ...emptyWizardAnswers, username: 'bom@acme.com' });
    await first.workspace.saved();
    writeFileSync(
      join(dir, 'workspace.json'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(join(dir, 'workspace.json'))]),
    );
    writeFileSync(join(dir, '.workspace.json.0123456789ab.tmp'), '{"half":');
    const second = await start(dir);
    expect(second.workspace.view().wizard.username).toBe('bom@acme.com');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('a keychain that refuses: falls back to the key file and says which protection is in use', async () => {
    const refusing: Keychain = () => ({
      read: () => Promise.reject(new Error('Platform secure storage failure: AccessDenied')),
      write: () => Promise.reject(new Error('AccessDenied')),
    });
    const dir = fresh();
    const { vault, workspace } = await start(dir, refusing);
    const view = workspace.view();
    expect(view.protection.scheme).toBe('key-file');
    expect(view.notices).toEqual([expect.stringMatching(/No operating-system keychain answered.*workspace\.key.*0600/)]);
    vault.set(keyA());
    await workspace.saved();
    expect((await start(dir, refusing)).vault.current()?.privateKeyPem).toBe(keyA().privateKeyPem);
  });

  it('a keychain that answers keeps the data key there, one entry per data folder, and no key file', async () => {
    const entries = new Map<string, Buffer>();
    const keychain: Keychain = (account) => ({
      read: async () => entries.get(account),
      write: async (secret) => {
        entries.set(account, Buffer.from(secret));
      },
    });
    const dir = fresh();
    const { vault, workspace } = await start(dir, keychain);
    expect(workspace.view().protection.scheme).toBe('keychain');
    vault.set(keyA());
    await workspace.saved();
    expect(readdirSync(dir)).toEqual(['workspace.json']);
    expect((await start(dir, keychain)).vault.current()?.privateKeyPem).toBe(keyA().privateKeyPem);
    await start(fresh(), keychain);
    expect(entries.size).toBe(2);
    // Another machine's keychain (empty): the sealed key cannot be opened, the file is kept aside.
    const elsewhere = await start(dir, () => ({ read: async () => undefined, write: async () => undefined }));
    expect(elsewhere.vault.current()).toBeUndefined();
  });
});
