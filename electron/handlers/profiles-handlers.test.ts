import { execFileSync } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Delivery } from '../../shared/api/delivery';
import { opensslKeyPair } from '../../test-support/emulator-test-kit';
import { startTestWebHost, type TestWebHost, tempRendererDir } from '../../test-support/web-host-client';
import { keyMaterialFrom } from '../profiles/profile-key';

const rendererDir = tempRendererDir();
const pair = opensslKeyPair();
const other = opensslKeyPair();
const PASSPHRASE = 'correct horse battery';
const config = {
  appKind: 'external',
  environment: { kind: 'my-domain', myDomain: 'acme' },
  clientId: `3MVG9${'x'.repeat(80)}`,
  username: 'integration@acme.com',
  endpoint: 'https://acme.my.salesforce.com',
  aud: 'https://acme.my.salesforce.com',
};

let dataDir: string;
let host: TestWebHost;
const hosts: TestWebHost[] = [];

async function launch(dir: string): Promise<TestWebHost> {
  const started = await startTestWebHost({ rendererDir, dataDir: dir });
  hosts.push(started);
  return started;
}

async function call(method: string, input?: unknown, on: TestWebHost = host) {
  // biome-ignore lint/suspicious/noExplicitAny: each test reads the JSON answer of a different method
  return (await on.call(method, input)) as { ok: boolean; value?: any; error?: { code: string; message: string; hint?: string } };
}

const download = (delivery: Delivery, on: TestWebHost = host): Promise<Buffer> => on.download(delivery);

const storeFile = () => join(dataDir, 'profiles.json');
const pemBody = (pem: string) => pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');

function loadKey(on: TestWebHost, key = pair) {
  on.host.ctx.services.keyVault.set(keyMaterialFrom(key.privateKeyPem, key.certificatePem, 'acme_jwt', 'the test key'));
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sfjs-profiles-'));
  host = await launch(dataDir);
});
afterAll(async () => {
  for (const h of hosts) await h.close();
});

describe('profiles over the web host', () => {
  it('saves the configuration and key, survives a restart of the host, and reopens with the passphrase', async () => {
    loadKey(host);
    const saved = await call('profiles.save', { name: 'Acme prod', config, passphrase: PASSPHRASE });
    expect(saved).toMatchObject({ ok: true, value: { name: 'Acme prod', protection: 'passphrase', keyAlias: 'acme_jwt' } });
    expect(saved.value.certificate.daysLeft).toBe(1);

    await host.close();
    host = await launch(dataDir);
    const listing = await call('profiles.list');
    // The workspace brought the key in use back with the host; a wrong passphrase must leave it as it is.
    const restored = host.host.ctx.services.keyVault.current()?.summary.publicKeyFingerprintSha256;
    expect(restored).toMatch(/^[0-9A-F:]{95}$/);
    expect(listing.value.newKeyProtection).toBe('passphrase');
    expect(listing.value.profiles).toHaveLength(1);
    expect(listing.value.profiles[0]).toMatchObject({ name: 'Acme prod', config });

    expect(await call('profiles.open', { name: 'Acme prod' })).toMatchObject({
      ok: false,
      error: { code: 'passphrase-required' },
    });
    expect(await call('profiles.open', { name: 'Acme prod', passphrase: 'wrong passphrase' })).toMatchObject({
      ok: false,
      error: { code: 'wrong-passphrase' },
    });
    expect(host.host.ctx.services.keyVault.current()?.summary.publicKeyFingerprintSha256).toBe(restored);
    const opened = await call('profiles.open', { name: 'Acme prod', passphrase: PASSPHRASE });
    expect(opened).toMatchObject({ ok: true, value: { name: 'Acme prod', config, keyMissing: false } });
    expect(opened.value.key).toMatchObject({ alias: 'acme_jwt', source: 'profile', keyBits: 2048 });
    expect(opened.value.key.certificate.pem.trim()).toBe(pair.certificatePem.trim());
    const vaultKey = host.host.ctx.services.keyVault.require().privateKeyPem;
    expect(pemBody(vaultKey)).toBe(pemBody(pair.privateKeyPem));
  });

  it('stores no private key in clear: no PEM marker, no base64 of the key, file mode 0600', () => {
    const text = readFileSync(storeFile(), 'utf8');
    expect(text).not.toMatch(/PRIVATE KEY/);
    // The key's PEM lines that are private (the modulus also sits in the public certificate), and the
    // private exponent d in base64url and base64.
    const flat = text.replace(/\\n|\s/g, '');
    const certificateBody = pemBody(pair.certificatePem);
    const privateLines = pair.privateKeyPem.split('\n').filter((l) => l.length === 64 && !certificateBody.includes(l));
    expect(privateLines.length).toBeGreaterThan(10);
    for (const line of privateLines) expect(flat).not.toContain(line);
    const d = createPrivateKey(pair.privateKeyPem).export({ format: 'jwk' }).d as string;
    expect(flat).not.toContain(d.slice(0, 40));
    expect(flat).not.toContain(Buffer.from(d, 'base64url').toString('base64').slice(0, 40));
    expect(text).toContain(pemBody(pair.certificatePem).slice(0, 64));
    expect(statSync(storeFile()).mode & 0o777).toBe(0o600);
  });

  it('refuses to save over an existing name unless asked, and needs a passphrase on this host', async () => {
    loadKey(host);
    expect(await call('profiles.save', { name: 'Acme prod', config, passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'profile-exists' },
    });
    expect(await call('profiles.save', { name: 'No pass', config })).toMatchObject({
      ok: false,
      error: { code: 'passphrase-required' },
    });
    expect(await call('profiles.save', { name: 'Short', config, passphrase: 'short' })).toMatchObject({
      ok: false,
      error: { code: 'weak-passphrase' },
    });
    expect(await call('profiles.save', { name: ' padded', config, passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'invalid-profile-name' },
    });
    const replaced = await call('profiles.save', {
      name: 'Acme prod',
      config: { ...config, username: 'other@acme.com' },
      passphrase: PASSPHRASE,
      overwrite: true,
    });
    expect(replaced.value.config.username).toBe('other@acme.com');
    await call('profiles.save', { name: 'Acme prod', config, passphrase: PASSPHRASE, overwrite: true });
  });

  it('renames, duplicates and deletes', async () => {
    expect((await call('profiles.duplicate', { name: 'Acme prod' })).value.name).toBe('Acme prod (copy)');
    expect((await call('profiles.duplicate', { name: 'Acme prod' })).value.name).toBe('Acme prod (copy 2)');
    expect(await call('profiles.rename', { name: 'Acme prod (copy)', newName: 'Acme prod' })).toMatchObject({
      ok: false,
      error: { code: 'profile-exists' },
    });
    expect((await call('profiles.rename', { name: 'Acme prod (copy)', newName: 'Acme UAT' })).value.name).toBe('Acme UAT');
    const copyOpens = await call('profiles.open', { name: 'Acme UAT', passphrase: PASSPHRASE });
    expect(copyOpens.ok).toBe(true);
    expect(await call('profiles.delete', { name: 'Acme prod (copy 2)' })).toEqual({
      ok: true,
      value: { deleted: 'Acme prod (copy 2)' },
    });
    expect(await call('profiles.delete', { name: 'Acme prod (copy 2)' })).toMatchObject({
      ok: false,
      error: { code: 'profile-not-found' },
    });
    const names = (await call('profiles.list')).value.profiles.map((p: { name: string }) => p.name);
    expect(names).toEqual(['Acme prod', 'Acme UAT']);
  });
});

describe('export and import', () => {
  it('exports without the private key by default; importing it gives a profile without a key', async () => {
    const delivery = await call('profiles.export', { name: 'Acme prod', includePrivateKey: false });
    expect(delivery.value.name).toBe('acme-prod.sfjwt-profile.json');
    const text = (await download(delivery.value)).toString('utf8');
    expect(text).not.toMatch(/PRIVATE KEY|ciphertext/);
    expect(JSON.parse(text)).toMatchObject({ format: 'sf-jwt-studio/profile', version: 1, name: 'Acme prod', config });

    const imported = await call('profiles.import', { text, name: 'Acme shared' });
    expect(imported).toMatchObject({ ok: true, value: { name: 'Acme shared', protection: 'no-key', keyAlias: 'acme_jwt' } });
    // Opening it keeps a loaded key that pairs with its certificate, and clears one that does not.
    loadKey(host);
    expect((await call('profiles.open', { name: 'Acme shared' })).value).toMatchObject({
      keyMissing: false,
      key: { alias: 'acme_jwt' },
    });
    loadKey(host, other);
    expect((await call('profiles.open', { name: 'Acme shared' })).value.keyMissing).toBe(true);
    expect(host.host.ctx.services.keyVault.current()).toBeUndefined();
  });

  it('exports with the private key sealed by an export passphrase; the import reopens the same key', async () => {
    expect(await call('profiles.export', { name: 'Acme prod', includePrivateKey: true, passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'passphrase-required' },
    });
    const delivery = await call('profiles.export', {
      name: 'Acme prod',
      includePrivateKey: true,
      passphrase: PASSPHRASE,
      exportPassphrase: 'export passphrase 1',
    });
    const text = (await download(delivery.value)).toString('utf8');
    expect(text).not.toMatch(/PRIVATE KEY/);
    expect(JSON.parse(text).key.privateKey).toMatchObject({ scheme: 'passphrase', kdf: 'scrypt' });

    const imported = await call('profiles.import', { text, name: 'Acme moved', filePassphrase: 'export passphrase 1' });
    expect(imported).toMatchObject({ ok: true, value: { name: 'Acme moved', protection: 'passphrase' } });
    const opened = await call('profiles.open', { name: 'Acme moved', passphrase: 'export passphrase 1' });
    expect(opened.value.keyMissing).toBe(false);
    expect(pemBody(host.host.ctx.services.keyVault.require().privateKeyPem)).toBe(pemBody(pair.privateKeyPem));
  });

  it('refuses bad files with a coded error and changes nothing', async () => {
    const before = readFileSync(storeFile());
    const good = JSON.parse(
      (await download((await call('profiles.export', { name: 'Acme prod', includePrivateKey: false })).value)).toString('utf8'),
    );
    const withKey = JSON.parse(
      (
        await download(
          (
            await call('profiles.export', {
              name: 'Acme prod',
              includePrivateKey: true,
              passphrase: PASSPHRASE,
              exportPassphrase: 'export passphrase 1',
            })
          ).value,
        )
      ).toString('utf8'),
    );
    const mismatched = { ...withKey, key: { ...withKey.key, certificatePem: other.certificatePem } };
    const cases: [unknown, string, Record<string, unknown>?][] = [
      ['{"format": "sf-jwt-studio/profile", ', 'import-not-json'],
      [JSON.stringify({ hello: 'world' }), 'import-not-a-profile'],
      [JSON.stringify({ ...good, version: 2 }), 'import-unsupported-version'],
      [JSON.stringify({ ...good, config: { ...good.config, environment: { kind: 'mars' } } }), 'import-invalid'],
      [JSON.stringify({ ...good, extra: true }), 'import-invalid'],
      [
        JSON.stringify({
          ...good,
          key: { alias: 'a', certificatePem: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----' },
        }),
        'bad-certificate',
      ],
      [JSON.stringify(good), 'profile-exists'],
      [JSON.stringify(withKey), 'passphrase-required', { name: 'New one' }],
      [JSON.stringify(withKey), 'wrong-passphrase', { name: 'New one', filePassphrase: 'not the passphrase' }],
      [JSON.stringify(mismatched), 'key-certificate-mismatch', { name: 'New one', filePassphrase: 'export passphrase 1' }],
    ];
    for (const [text, code, extra] of cases) {
      const result = await call('profiles.import', { text, ...extra });
      expect(result, code).toMatchObject({ ok: false, error: { code } });
      expect(result.error?.hint, code).toBeTruthy();
    }
    expect(readFileSync(storeFile()).equals(before)).toBe(true);
  });
});

describe('the External Client App metadata folder', () => {
  afterEach(() => loadKey(host));

  it('is a zip that Python’s zipfile reads and checks, with the certificate in the global OAuth settings', async () => {
    loadKey(host);
    const delivery = await call('setup.ecaMetadata', { apiName: 'Acme_JWT', label: 'Acme JWT', contactEmail: 'admin@acme.com' });
    expect(delivery.value.name).toBe('Acme_JWT-external-client-app.zip');
    const zip = join(mkdtempSync(join(tmpdir(), 'sfjs-zip-')), 'eca.zip');
    writeFileSync(zip, await download(delivery.value));
    const out = join(zip, '..', 'out');
    mkdirSync(out);
    const listing = execFileSync(
      'python3',
      [
        '-c',
        'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; z.extractall(sys.argv[2]); print("\\n".join(z.namelist()))',
        zip,
        out,
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(listing.trim().split('\n')).toEqual([
      'Acme_JWT/sfdx-project.json',
      'Acme_JWT/force-app/main/default/externalClientApps/Acme_JWT.eca-meta.xml',
      'Acme_JWT/force-app/main/default/extlClntAppOauthSettings/Acme_JWT_oauth.ecaOauth-meta.xml',
      'Acme_JWT/force-app/main/default/extlClntAppGlobalOauthSets/Acme_JWT_glbloauth.ecaGlblOauth-meta.xml',
      'Acme_JWT/README.md',
    ]);
    const global = readFileSync(
      join(out, 'Acme_JWT/force-app/main/default/extlClntAppGlobalOauthSets/Acme_JWT_glbloauth.ecaGlblOauth-meta.xml'),
      'utf8',
    );
    expect(global).toContain(`<certificate>${pair.certificatePem.trim()}</certificate>`);
    expect(global).toContain('<externalClientApplication>Acme_JWT</externalClientApplication>');
    expect(
      readFileSync(
        join(out, 'Acme_JWT/force-app/main/default/extlClntAppOauthSettings/Acme_JWT_oauth.ecaOauth-meta.xml'),
        'utf8',
      ),
    ).toContain('<commaSeparatedOauthScopes>Api, RefreshToken</commaSeparatedOauthScopes>');
    expect(JSON.parse(readFileSync(join(out, 'Acme_JWT/sfdx-project.json'), 'utf8')).packageDirectories[0].path).toBe(
      'force-app',
    );
  });

  it('needs a valid API name and a key with a certificate', async () => {
    expect(await call('setup.ecaMetadata', { apiName: 'Acme JWT', label: 'x', contactEmail: 'a@b.c' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-api-name' },
    });
    host.host.ctx.services.keyVault.clear();
    expect(await call('setup.ecaMetadata', { apiName: 'Acme', label: 'x', contactEmail: 'a@b.c' })).toMatchObject({
      ok: false,
      error: { code: 'no-key' },
    });
  });
});

describe('passphrases over the API', () => {
  it('refuses a weak passphrase with the reason, for the passphrases the length check let through', async () => {
    loadKey(host);
    for (const weak of ['12345678', 'password', '        ']) {
      const answer = await call('profiles.save', { name: 'Weak', config, passphrase: weak });
      expect(answer, weak).toMatchObject({ ok: false, error: { code: 'weak-passphrase' } });
      expect(answer.error?.message).toMatch(/^This passphrase is too weak to protect a private key: .+/);
      expect(answer.error?.hint).toContain('unrelated words');
    }
  });

  it('backs off after repeated wrong passphrases: the next try is refused before any key is derived', async () => {
    loadKey(host);
    expect(await call('profiles.save', { name: 'Guarded', config, passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    for (let i = 0; i < 3; i++) {
      expect(await call('profiles.open', { name: 'Guarded', passphrase: `guess ${i}` })).toMatchObject({
        error: { code: 'wrong-passphrase' },
      });
    }
    const start = performance.now();
    const refused = await call('profiles.open', { name: 'Guarded', passphrase: PASSPHRASE });
    expect(refused).toMatchObject({ ok: false, error: { code: 'passphrase-backoff' } });
    expect(refused.error?.message).toMatch(/wait 1 s/);
    // Refused at once: no scrypt ran (a derivation takes tens of milliseconds).
    expect(performance.now() - start).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await call('profiles.open', { name: 'Guarded', passphrase: PASSPHRASE })).toMatchObject({ ok: true });
  });
});
