import { PassThrough } from 'node:stream';
import { runCli } from '../electron/cli/main';
import { LOGIN_URL } from '../shared/salesforce/endpoints';
import { CONSUMER_KEY, USERNAME } from './emulator-test-kit';

/** Runs the CLI in process with captured streams: for tests of every command. */
export async function cli(args: string[], stdinText = '') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = new PassThrough();
  stdin.end(stdinText);
  let out = '';
  let err = '';
  stdout.on('data', (d) => {
    out += String(d);
  });
  stderr.on('data', (d) => {
    err += String(d);
  });
  const code = await runCli(args, { stdout, stderr, stdin, cwd: process.cwd() });
  return { code, stdout: out, stderr: err };
}

/** `exchange` to `endpoint` as the emulator kit's app and user for the login audience, then any further flags. */
export function exchangeArgs(endpoint: string, keyFile: string, ...more: string[]): string[] {
  return [
    'exchange',
    '--endpoint',
    endpoint,
    '--key',
    keyFile,
    '--client-id',
    CONSUMER_KEY,
    '--username',
    USERNAME,
    '--aud',
    LOGIN_URL,
    ...more,
  ];
}
