import { PassThrough } from 'node:stream';
import { runCli } from '../electron/cli/main';

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
