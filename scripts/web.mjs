// `npm run web`: builds what is out of date, then runs the web host with the given arguments.

import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ensureBuilt, root } from './build.mjs';

await ensureBuilt();
createRequire(import.meta.url)(join(root, 'dist/node/web-host.cjs'));
