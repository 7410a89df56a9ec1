import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { appVersion } from '../host/app-version';
import { startWebHost } from './server';

/** `npm run web`: serves the app on 127.0.0.1 and prints its URL. Runs until interrupted. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'renderer-dir': { type: 'string' },
    },
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`error: --port must be a number from 0 to 65535, not ${JSON.stringify(values.port)}\n`);
    process.exit(2);
  }
  const dataDir = resolve(values['data-dir'] ?? process.env.SF_JWT_STUDIO_DATA_DIR ?? join(homedir(), '.sf-jwt-studio'));
  const rendererDir = resolve(values['renderer-dir'] ?? join(__dirname, '..', 'renderer'));
  try {
    const host = await startWebHost({ rendererDir, dataDir, version: appVersion, port });
    process.stdout.write(`SF JWT Studio is running at ${host.url}\n`);
    const stop = () => {
      host.close().finally(() => process.exit(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    process.stderr.write(
      code === 'EADDRINUSE'
        ? `error: port ${port} is already in use. Pick another with --port, or leave it out for a free one.\n`
        : `error: the web host could not start (${code ?? 'unknown error'}).\n`,
    );
    process.exit(1);
  }
}

void main();
