import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ALL_ERROR_CODES, ERROR_TABLES, type ErrorCode } from './error-code';
import type { ErrorEntry } from './error-table';
import type { ErrorShape } from './studio-error';

const root = join(import.meta.dirname, '..', '..');
const tables = Object.entries(ERROR_TABLES);

/** Every non-test source under shared/ and electron/ that builds a table: `export const name = errorTable(`. */
function declaredTables(): { file: string; name: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
    });
  return ['shared', 'electron'].flatMap((dir) =>
    walk(join(root, dir)).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^export const (\w+) = errorTable\(/gm)].map((m) => ({
        file,
        name: m[1] as string,
      })),
    ),
  );
}

describe('the error codes', () => {
  it('give every entry a plain message and a hint naming what to do', () => {
    const lacking = tables.flatMap(([domain, t]) =>
      Object.entries(t.table as Record<string, ErrorEntry>)
        .filter(([, entry]) => entry.message.trim() === '' || entry.hint.trim() === '')
        .map(([code]) => `${domain}: ${code}`),
    );
    expect(lacking).toEqual([]);
    expect(ALL_ERROR_CODES.length).toBeGreaterThan(100);
  });

  it('word a code the same in every table that lists it', () => {
    const seen = new Map<string, { domain: string; entry: ErrorEntry }>();
    const differing: string[] = [];
    for (const [domain, t] of tables) {
      for (const [code, entry] of Object.entries(t.table as Record<string, ErrorEntry>)) {
        const first = seen.get(code);
        if (!first) seen.set(code, { domain, entry });
        else if (first.entry.message !== entry.message || first.entry.hint !== entry.hint) {
          differing.push(`${code}: ${first.domain} and ${domain}`);
        }
      }
    }
    expect(differing).toEqual([]);
    // The ones shared on purpose are one entry, listed by two tables.
    expect(ERROR_TABLES.bridge.table.forbidden).toBe(ERROR_TABLES.webTransport.table.forbidden);
    expect(ERROR_TABLES.webTransport.table['input-too-large']).toBe(ERROR_TABLES.files.table['input-too-large']);
  });

  it('assemble the ErrorCode union from every table in the code base, and nothing else', async () => {
    expectTypeOf<(typeof ALL_ERROR_CODES)[number]>().toEqualTypeOf<ErrorCode>();
    expectTypeOf<ErrorShape['code']>().toEqualTypeOf<ErrorCode>();
    type Listed = (typeof ERROR_TABLES)[keyof typeof ERROR_TABLES]['codes'][number];
    expectTypeOf<Listed>().toEqualTypeOf<ErrorCode>();

    const listed = new Set<unknown>(Object.values(ERROR_TABLES));
    const declared = declaredTables();
    expect(declared.length).toBeGreaterThanOrEqual(listed.size);
    const missing: string[] = [];
    for (const { file, name } of declared) {
      const module = (await import(file)) as Record<string, unknown>;
      if (!listed.has(module[name])) missing.push(`${relative(root, file)}: ${name}`);
    }
    expect(missing).toEqual([]);
    expect(new Set(ALL_ERROR_CODES)).toEqual(new Set(tables.flatMap(([, t]) => t.codes)));
    expect(ALL_ERROR_CODES).toEqual([...new Set(ALL_ERROR_CODES)]);
  });

  it('are kebab-case words, as scripts and tests match them', () => {
    expect(ALL_ERROR_CODES.filter((code) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(code))).toEqual([]);
  });
});
