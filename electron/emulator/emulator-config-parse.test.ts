import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StudioError } from '../../shared/errors/studio-error';
import { type KeyPair, opensslKeyPair, workingConfig } from '../../test-support/emulator-test-kit';
import { startEmulator } from './emulator';
import { parseEmulatorConfig } from './emulator-config-parse';

let keys: KeyPair;
let dir: string;

beforeAll(() => {
  keys = opensslKeyPair();
  dir = mkdtempSync(join(tmpdir(), 'emulator-config-'));
  writeFileSync(join(dir, 'server.crt'), keys.certificatePem);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The example configuration, with the certificate as a file next to it. */
function example(): Record<string, unknown> & {
  org: Record<string, unknown>;
  users: Record<string, unknown>[];
  apps: Record<string, unknown>[];
} {
  return {
    org: { type: 'production', myDomain: 'acme' },
    users: [
      { username: 'admin@acme.com', active: true, profile: 'System Administrator', permissionSets: [], ipRestricted: false },
    ],
    apps: [
      {
        kind: 'connected',
        consumerKey: '3MVG9abc',
        certificateFile: 'server.crt',
        permittedUsers: 'admin-approved',
        profiles: ['System Administrator'],
        permissionSets: [],
        approvedUsers: [],
        scopes: ['api', 'refresh_token', 'offline_access'],
        ageSeconds: 3600,
      },
    ],
    rateLimitPerUserPerHour: 3600,
  };
}

function problem(json: unknown): StudioError {
  try {
    parseEmulatorConfig(json, dir);
  } catch (error) {
    expect(error).toBeInstanceOf(StudioError);
    expect((error as StudioError).code).toBe('emulator-config-invalid');
    return error as StudioError;
  }
  throw new Error('the configuration was accepted');
}

describe('parseEmulatorConfig', () => {
  it("reads the issue's example, with the certificate file relative to the configuration", () => {
    const config = parseEmulatorConfig(example(), dir);
    expect(config.org).toEqual({ type: 'production', myDomain: 'acme' });
    expect(config.users).toEqual(example().users);
    expect(config.apps[0]).toMatchObject({ kind: 'connected', consumerKey: '3MVG9abc', certificate: keys.certificatePem });
    expect(config.rateLimitPerUserPerHour).toBe(3600);
  });

  it('fills the optional fields with a working setup', () => {
    const minimal = {
      org: { type: 'sandbox', myDomain: 'acme', sandboxName: 'uat' },
      users: [{ username: 'admin@acme.com.uat', profile: 'System Administrator' }],
      apps: [{ kind: 'external', consumerKey: 'k', certificate: keys.certificatePem, permittedUsers: 'self-authorize' }],
    };
    const config = parseEmulatorConfig(minimal, dir);
    expect(config.users[0]).toEqual({
      username: 'admin@acme.com.uat',
      profile: 'System Administrator',
      active: true,
      permissionSets: [],
      ipRestricted: false,
    });
    expect(config.apps[0]).toMatchObject({
      scopes: ['api', 'refresh_token', 'offline_access'],
      ageSeconds: 3600,
      profiles: [],
      approvedUsers: [],
    });
    expect(config.rateLimitPerUserPerHour).toBe(3600);
  });

  const cases: [string, (c: ReturnType<typeof example>) => unknown, RegExp][] = [
    ['not an object', () => [1, 2], /^The configuration must be an object/],
    ['org.type', (c) => Object.assign(c.org, { type: 'developer' }), /^org\.type must be "production" or "sandbox"/],
    [
      'org.myDomain with the full host',
      (c) => Object.assign(c.org, { myDomain: 'acme.my.salesforce.com' }),
      /^org\.myDomain is not a My Domain name/,
    ],
    [
      'org.sandboxName missing for a sandbox',
      (c) => Object.assign(c.org, { type: 'sandbox' }),
      /^org\.sandboxName is required when org\.type is "sandbox"/,
    ],
    [
      'org.sandboxName on production',
      (c) => Object.assign(c.org, { sandboxName: 'uat' }),
      /^org\.sandboxName is only for org\.type "sandbox"/,
    ],
    ['users empty', (c) => Object.assign(c, { users: [] }), /^users must be a non-empty list/],
    ['users[0].username', (c) => delete c.users[0]!.username, /^users\[0\]\.username must be a non-empty string/],
    ['users[0].active', (c) => Object.assign(c.users[0]!, { active: 'yes' }), /^users\[0\]\.active must be true or false/],
    [
      'users[0].permissionSets',
      (c) => Object.assign(c.users[0]!, { permissionSets: 'JWT' }),
      /^users\[0\]\.permissionSets must be a list of strings/,
    ],
    [
      'a misspelled field',
      (c) => Object.assign(c.users[0]!, { ipRestriced: true }),
      /^users\[0\]\.ipRestriced is not a known field/,
    ],
    [
      'a repeated username',
      (c) => c.users.push({ username: 'ADMIN@acme.com', profile: 'x' }),
      /^users\[1\]\.username repeats the username/,
    ],
    ['apps[0].kind', (c) => Object.assign(c.apps[0]!, { kind: 'eca' }), /^apps\[0\]\.kind must be "connected" or "external"/],
    [
      'apps[0].permittedUsers',
      (c) => Object.assign(c.apps[0]!, { permittedUsers: 'all' }),
      /^apps\[0\]\.permittedUsers must be "admin-approved" or "self-authorize"/,
    ],
    [
      'apps[0].consumerKey',
      (c) => Object.assign(c.apps[0]!, { consumerKey: '' }),
      /^apps\[0\]\.consumerKey must be a non-empty string/,
    ],
    ['no certificate', (c) => delete c.apps[0]!.certificateFile, /^apps\[0\]\.certificate or certificateFile is required/],
    [
      'both certificates',
      (c) => Object.assign(c.apps[0]!, { certificate: keys.certificatePem }),
      /^apps\[0\]\.certificate or certificateFile is required/,
    ],
    [
      'an unreadable certificateFile',
      (c) => Object.assign(c.apps[0]!, { certificateFile: 'missing.crt' }),
      /^apps\[0\]\.certificateFile cannot be read: .*missing\.crt/,
    ],
    [
      'the private key given as certificate',
      (c) => Object.assign(c.apps[0]!, { certificateFile: undefined, certificate: keys.privateKeyPem }),
      /^apps\[0\]\.certificate is not a PEM certificate/,
    ],
    [
      'apps[0].ageSeconds',
      (c) => Object.assign(c.apps[0]!, { ageSeconds: -1 }),
      /^apps\[0\]\.ageSeconds must be a number of at least 0/,
    ],
    [
      'rateLimitPerUserPerHour',
      (c) => Object.assign(c, { rateLimitPerUserPerHour: 0 }),
      /^rateLimitPerUserPerHour must be a number of at least 1/,
    ],
  ];

  for (const [name, spoil, message] of cases) {
    it(`names the field: ${name}`, () => {
      const config = example();
      const spoiled = spoil(config);
      const error = problem(Array.isArray(spoiled) ? spoiled : config);
      expect(error.message).toMatch(message);
      // The hint shows the file's shape, not a reference the admin cannot follow.
      expect(error.hint).toContain('"permittedUsers": "admin-approved" | "self-authorize"');
      expect(error.hint).not.toMatch(/issue/i);
    });
  }
});

describe('startEmulator', () => {
  it('refuses a configuration built in code whose certificate is not one', async () => {
    const config = workingConfig('-----BEGIN CERTIFICATE-----\nbroken\n-----END CERTIFICATE-----\n');
    await expect(startEmulator(config)).rejects.toMatchObject({
      code: 'emulator-config-invalid',
      message: expect.stringMatching(/^apps\[0\]\.certificate/),
    });
  });
});
