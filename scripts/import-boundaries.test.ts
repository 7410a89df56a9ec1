import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  // A snippet's generated source (a template string) holds import lines that are not this file's imports.
  const text = readFileSync(file, 'utf8').replace(/`(?:\\.|[^`\\])*`/g, '``');
  return [...text.matchAll(/^(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)].map(
    (m) => (m[1] ?? m[2]) as string,
  );
}

const offenders = (dir: string, banned: (spec: string) => boolean) =>
  sources(join(root, dir)).flatMap((f) =>
    imports(f)
      .filter(banned)
      .map((spec) => `${relative(root, f)} imports ${spec}`),
  );

describe('import boundaries', () => {
  it('shared/ (the core) imports neither electron, react, any Node built-in nor the Node side (electron/)', () => {
    const node = new Set(builtinModules);
    const banned = (spec: string) =>
      /^(electron|react|react-dom)(\/|$)/.test(spec) ||
      spec.startsWith('node:') ||
      node.has(spec) ||
      /^(\.\.\/)+electron\//.test(spec);
    expect(offenders('shared', banned)).toEqual([]);
  });

  it('only electron/desktop/ imports electron', () => {
    const outside = ['shared', 'renderer', 'electron', 'test-support'].flatMap((dir) =>
      offenders(dir, (spec) => /^electron(\/|$)/.test(spec)),
    );
    expect(outside.filter((line) => !line.startsWith('electron/desktop/'))).toEqual([]);
  });

  it('production code never imports the test kits in test-support/', () => {
    const kit = (spec: string) => /(^|\/)test-support(\/|$)/.test(spec);
    expect(['shared', 'renderer', 'electron'].flatMap((dir) => offenders(dir, kit))).toEqual([]);
  });

  it('renderer/ imports no Node built-in, no node-forge and nothing from electron/', () => {
    const node = new Set(builtinModules);
    expect(
      offenders(
        'renderer',
        (spec) =>
          spec.startsWith('node:') || node.has(spec) || spec.startsWith('node-forge') || /(^|\/)electron(\/|$)/.test(spec),
      ),
    ).toEqual([]);
  });
});
