// Builds the app: the renderer with Vite, the Node side (Electron main and preload, web host, CLI, emulator)
// with esbuild. `ensureBuilt` rebuilds only what is older than its sources, so `npm run web` and the CLI
// start at once when nothing changed.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const nodeEntries = [
  { in: 'electron/desktop/main.ts', out: 'dist/electron/main.cjs', electron: true },
  { in: 'electron/desktop/preload.ts', out: 'dist/electron/preload.cjs', electron: true },
  { in: 'electron/web-host/main.ts', out: 'dist/node/web-host.cjs' },
  { in: 'electron/cli/entry.ts', out: 'dist/node/cli.cjs' },
];

function newestMtime(paths) {
  let newest = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) if (name !== 'node_modules') walk(join(p, name));
    } else if (!/\.(test|spec)\.tsx?$/.test(p)) newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of paths) walk(join(root, p));
  return newest;
}

function outdated(outputs, sources) {
  const oldest = Math.min(...outputs.map((o) => (existsSync(join(root, o)) ? statSync(join(root, o)).mtimeMs : 0)));
  return oldest < newestMtime(sources);
}

export async function buildNode() {
  const esbuild = await import('esbuild');
  await Promise.all(
    nodeEntries.map((e) =>
      esbuild.build({
        entryPoints: [join(root, e.in)],
        outfile: join(root, e.out),
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        // The OS keychain binding loads a native .node file from its own package at run time.
        external: ['electron', '@napi-rs/keyring'],
        logLevel: 'error',
        legalComments: 'none',
      }),
    ),
  );
}

export async function buildRenderer() {
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}

const nodeSources = ['electron', 'shared', 'package.json'];
const rendererSources = ['renderer', 'shared', 'vite.config.ts'];

export async function ensureBuilt({ node = true, renderer = true } = {}) {
  const work = [];
  if (
    node &&
    outdated(
      nodeEntries.map((e) => e.out),
      nodeSources,
    )
  )
    work.push(buildNode());
  if (renderer && outdated(['dist/renderer/index.html'], rendererSources)) work.push(buildRenderer());
  await Promise.all(work);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const what = process.argv[2];
  try {
    if (what === 'node') await buildNode();
    else if (what === 'renderer') await buildRenderer();
    else await Promise.all([buildNode(), buildRenderer()]);
  } catch (error) {
    process.stderr.write(`build failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
