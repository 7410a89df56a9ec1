import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { StudioError } from '../../shared/errors/studio-error';
import { appVersion } from '../host/app-version';
import { openInBrowser } from './open-browser';
import { startWebHost, WEB_HOST_FILE } from './server';

/** `npm run web`: serves the app on 127.0.0.1 and prints its link. Runs until interrupted. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'renderer-dir': { type: 'string' },
      open: { type: 'boolean' },
    },
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`error: --port must be a number from 0 to 65535, not ${JSON.stringify(values.port)}\n`);
    process.exit(2);
  }
  const dataDir = resolve(values['data-dir'] ?? process.env.SF_JWT_STUDIO_DATA_DIR ?? join(homedir(), '.sf-jwt-studio'));
  const rendererDir = resolve(values['renderer-dir'] ?? join(__dirname, '..', 'renderer'));
  // Installed before the host starts, so a stop during start-up also releases the data dir.
  let close: (() => Promise<void>) | undefined;
  const stop = () => {
    (close?.() ?? Promise.resolve()).finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    const host = await startWebHost({ rendererDir, dataDir, version: appVersion, port });
    close = host.close;
    // The one place the link is printed (besides web-host.json): it is the key to the user's keys.
    process.stdout.write(
      `SF JWT Studio is running at ${host.loginUrl}\n  (open this link; it is also in ${join(dataDir, WEB_HOST_FILE)})\n`,
    );
    if (values.open) await openInBrowser(host.loginUrl, dataDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      process.stderr.write(`error: port ${port} is already in use. Pick another with --port, or leave it out for a free one.\n`);
    } else if (error instanceof StudioError) {
      const shape = error.toShape();
      process.stderr.write(`error [${shape.code}]: ${shape.message}\n${shape.hint ? `hint: ${shape.hint}\n` : ''}`);
    } else {
      process.stderr.write(`error: the web host could not start (${code ?? 'unknown error'}).\n`);
    }
    process.exit(1);
  }
}

void main();
