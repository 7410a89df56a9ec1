import { runCli } from './main';

/**
 * `npm run cli` and `npm run emulator` run in the package folder; npm keeps the folder the user typed the command in as INIT_CWD, and
 * relative paths (--out, --key, FILE) must resolve against that one.
 */
const viaNpmScript = process.env.npm_lifecycle_event === 'cli' || process.env.npm_lifecycle_event === 'emulator';
const cwd = viaNpmScript && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd }).then((code) => {
  process.exitCode = code;
});
