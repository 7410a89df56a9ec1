import { resolve } from 'node:path';
import { emulatorErrors } from '../../shared/errors/emulator-errors';
import { INPUT_LIMITS } from '../../shared/files/input-limits';
import { myDomainNameProblem, sandboxNameProblem } from '../../shared/salesforce/endpoints';
import { readBoundedSync } from '../files/bounded-read';
import { certificatePublicKey } from './emulated-org';
import type { EmulatorApp, EmulatorConfig, EmulatorUser } from './emulator-config';
import { CONFIGURABLE_OBJECTS } from './org-objects';
import { WORKING_APP_AGE_SECONDS, WORKING_RATE_LIMIT, WORKING_SCOPES } from './working-org';

function invalid(field: string, problem: string): never {
  throw emulatorErrors.raise('emulator-config-invalid', `${field} ${problem}`);
}

type Json = Record<string, unknown>;

/** A field reader for one JSON object: each read names the full path of the field it complains about. */
class Fields {
  constructor(
    private readonly value: Json,
    private readonly path: string,
    allowed: readonly string[],
  ) {
    // An unknown field is most often a misspelled one whose default would silently apply.
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) invalid(this.at(key), `is not a known field (expected one of: ${allowed.join(', ')}).`);
    }
  }

  at(key: string): string {
    return this.path === '' ? key : `${this.path}.${key}`;
  }

  has(key: string): boolean {
    return this.value[key] !== undefined;
  }

  string(key: string): string {
    const v = this.value[key];
    if (typeof v !== 'string' || v.trim() === '') invalid(this.at(key), 'must be a non-empty string.');
    return v;
  }

  optionalString(key: string): string | undefined {
    return this.has(key) ? this.string(key) : undefined;
  }

  oneOf<T extends string>(key: string, choices: readonly T[], fallback?: T): T {
    const v = this.value[key];
    if (v === undefined && fallback !== undefined) return fallback;
    if (!choices.includes(v as T)) invalid(this.at(key), `must be ${choices.map((c) => `"${c}"`).join(' or ')}.`);
    return v as T;
  }

  boolean(key: string, fallback: boolean): boolean {
    const v = this.value[key];
    if (v === undefined) return fallback;
    if (typeof v !== 'boolean') invalid(this.at(key), 'must be true or false.');
    return v;
  }

  number(key: string, fallback: number, min: number): number {
    const v = this.value[key];
    if (v === undefined) return fallback;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min) invalid(this.at(key), `must be a number of at least ${min}.`);
    return v;
  }

  strings(key: string, fallback: string[]): string[] {
    const v = this.value[key];
    if (v === undefined) return fallback;
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) invalid(this.at(key), 'must be a list of strings.');
    return v as string[];
  }

  objects(key: string): { value: Json; path: string }[] {
    const v = this.value[key];
    if (!Array.isArray(v) || v.length === 0) invalid(this.at(key), 'must be a non-empty list.');
    return v.map((item, i) => ({ value: object(item, `${this.at(key)}[${i}]`), path: `${this.at(key)}[${i}]` }));
  }

  object(key: string): Json {
    return object(this.value[key], this.at(key));
  }
}

function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    invalid(path || 'The configuration', 'must be an object.');
  return value as Json;
}

function parseOrg(fields: Fields): EmulatorConfig['org'] {
  const org = new Fields(fields.object('org'), 'org', ['type', 'myDomain', 'sandboxName', 'name']);
  const type = org.oneOf('type', ['production', 'sandbox'] as const);
  const myDomain = org.string('myDomain');
  const name = org.optionalString('name');
  const named = name === undefined ? {} : { name };
  const domainProblem = myDomainNameProblem(myDomain);
  if (domainProblem) invalid('org.myDomain', `is not a My Domain name: ${domainProblem}`);
  if (type === 'production') {
    if (org.has('sandboxName')) invalid('org.sandboxName', 'is only for org.type "sandbox".');
    return { type, myDomain, ...named };
  }
  if (!org.has('sandboxName')) invalid('org.sandboxName', 'is required when org.type is "sandbox" (e.g. "uat").');
  const sandboxName = org.string('sandboxName');
  const sandboxProblem = sandboxNameProblem(sandboxName);
  if (sandboxProblem) invalid('org.sandboxName', `is not a sandbox name: ${sandboxProblem}`);
  return { type, myDomain, sandboxName, ...named };
}

function parseUser(item: { value: Json; path: string }): EmulatorUser {
  const user = new Fields(item.value, item.path, [
    'username',
    'name',
    'email',
    'active',
    'frozen',
    'profile',
    'permissionSets',
    'ipRestricted',
  ]);
  const name = user.optionalString('name');
  const email = user.optionalString('email');
  return {
    username: user.string('username'),
    ...(name === undefined ? {} : { name }),
    ...(email === undefined ? {} : { email }),
    ...(user.has('frozen') ? { frozen: user.boolean('frozen', false) } : {}),
    active: user.boolean('active', true),
    profile: user.string('profile'),
    permissionSets: user.strings('permissionSets', []),
    ipRestricted: user.boolean('ipRestricted', false),
  };
}

function readCertificate(app: Fields, baseDir: string): string {
  if (app.has('certificate') === app.has('certificateFile')) {
    invalid(app.at('certificate'), 'or certificateFile is required (exactly one of them).');
  }
  const inline = app.optionalString('certificate');
  if (inline !== undefined) return inline;
  const file = resolve(baseDir, app.string('certificateFile'));
  try {
    return readBoundedSync(file, { maxBytes: INPUT_LIMITS.keyFile, what: 'a certificate' }).toString('utf8');
  } catch (error) {
    return invalid(app.at('certificateFile'), `cannot be read: ${error instanceof Error ? error.message : file}`);
  }
}

function parseApp(item: { value: Json; path: string }, baseDir: string): EmulatorApp {
  const app = new Fields(item.value, item.path, [
    'kind',
    'name',
    'consumerKey',
    'certificate',
    'certificateFile',
    'permittedUsers',
    'profiles',
    'permissionSets',
    'approvedUsers',
    'scopes',
    'ageSeconds',
  ]);
  const kind = app.oneOf('kind', ['connected', 'external'] as const);
  const name = app.optionalString('name');
  const consumerKey = app.string('consumerKey');
  const certificate = readCertificate(app, baseDir);
  const certificateField = app.has('certificate') ? app.at('certificate') : app.at('certificateFile');
  if (!certificatePublicKey(certificate)) invalid(certificateField, 'is not a PEM certificate (-----BEGIN CERTIFICATE-----).');
  return {
    kind,
    ...(name === undefined ? {} : { name }),
    consumerKey,
    certificate,
    permittedUsers: app.oneOf('permittedUsers', ['admin-approved', 'self-authorize'] as const),
    profiles: app.strings('profiles', []),
    permissionSets: app.strings('permissionSets', []),
    approvedUsers: app.strings('approvedUsers', []),
    scopes: app.strings('scopes', [...WORKING_SCOPES]),
    ageSeconds: app.number('ageSeconds', WORKING_APP_AGE_SECONDS, 0),
  };
}

type RecordValue = string | number | boolean | null;

/** `"records": {"Account": [{"Name": "Acme", "Industry": "Energy"}]}`: fields as the object reference names them. */
function parseRecords(value: Json): Record<string, Record<string, RecordValue>[]> {
  const objects = new Fields(
    value,
    'records',
    CONFIGURABLE_OBJECTS.map((o) => o.name),
  );
  const out: Record<string, Record<string, RecordValue>[]> = {};
  for (const schema of CONFIGURABLE_OBJECTS) {
    if (!objects.has(schema.name)) continue;
    const writable = schema.fields.filter((f) => f.name !== 'Id').map((f) => f.name);
    out[schema.name] = objects.objects(schema.name).map((item) => {
      const row = new Fields(item.value, item.path, writable);
      const record: Record<string, RecordValue> = {};
      for (const [key, v] of Object.entries(item.value)) {
        if (v !== null && !['string', 'number', 'boolean'].includes(typeof v)) {
          invalid(row.at(key), 'must be a string, a number, true, false or null.');
        }
        record[key] = v as RecordValue;
      }
      row.string('Name');
      return record;
    });
  }
  return out;
}

/** Usernames are unique regardless of case; Consumer Keys are compared exactly, as Salesforce compares them. */
function rejectDuplicates(values: string[], field: (i: number) => string, what: string, ignoreCase: boolean): void {
  const seen = new Set<string>();
  values.forEach((v, i) => {
    const key = ignoreCase ? v.toLowerCase() : v;
    if (seen.has(key)) invalid(field(i), `repeats the ${what} "${v}".`);
    seen.add(key);
  });
}

/**
 * Reads an emulator configuration (EMULATOR_CONFIG_SHAPE), filling the optional fields with the working org's
 * values (working-org.ts). Any problem is a StudioError `emulator-config-invalid` whose message names the field, e.g.
 * `apps[0].permittedUsers must be "admin-approved" or "self-authorize".` A `certificateFile` is read relative
 * to `baseDir` (the configuration file's folder).
 */
export function parseEmulatorConfig(json: unknown, baseDir: string): EmulatorConfig {
  const root = new Fields(object(json, ''), '', ['org', 'users', 'apps', 'rateLimitPerUserPerHour', 'records']);
  const org = parseOrg(root);
  const users = root.objects('users').map(parseUser);
  const apps = root.objects('apps').map((item) => parseApp(item, baseDir));
  rejectDuplicates(
    users.map((u) => u.username),
    (i) => `users[${i}].username`,
    'username',
    true,
  );
  rejectDuplicates(
    apps.map((a) => a.consumerKey),
    (i) => `apps[${i}].consumerKey`,
    'Consumer Key',
    false,
  );
  const records = root.has('records') ? parseRecords(root.object('records')) : undefined;
  return {
    org,
    users,
    apps,
    rateLimitPerUserPerHour: root.number('rateLimitPerUserPerHour', WORKING_RATE_LIMIT, 1),
    ...(records ? { records } : {}),
  };
}
