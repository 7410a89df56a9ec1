#!/usr/bin/env node
// The CLI: rebuilds the Node bundle first when its sources are newer, then runs it.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ensureBuilt, root } from '../scripts/build.mjs';

await ensureBuilt({ node: true, renderer: false });
createRequire(import.meta.url)(join(root, 'dist/node/cli.cjs'));
