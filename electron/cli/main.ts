import { cliErrors } from '../../shared/errors/cli-errors';
import { type ErrorShape, toErrorShape } from '../../shared/errors/studio-error';
import { appVersion } from '../host/app-version';
import { debugTrace } from '../host/debug-trace';
import type { CliCommand, CliIO } from './cli-command';
import { errorJson, writeProblem } from './cli-output';
import { commands } from './commands';

function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 9);
  const rows = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    `SF JWT Studio ${appVersion}: Salesforce OAuth 2.0 JWT Bearer, from keys to a working login.`,
    '',
    'usage: sf-jwt-studio <command> [options]',
    '',
    'commands:',
    ...rows,
    `  ${'--version'.padEnd(width)}  print the version`,
    `  ${'--help'.padEnd(width)}  print this help; <command> --help for a command's options`,
    '',
  ].join('\n');
}

function findCommand(args: string[]): { command: CliCommand; rest: string[] } | undefined {
  let best: { command: CliCommand; rest: string[] } | undefined;
  for (const command of commands) {
    const words = command.name.split(' ');
    if (words.every((w, i) => args[i] === w) && (!best || words.length > best.command.name.split(' ').length)) {
      best = { command, rest: args.slice(words.length) };
    }
  }
  return best;
}

/** With --json the error is the result: JSON on stdout, nothing else there; otherwise text on stderr. */
function reportError(io: CliIO, json: boolean, status: number, problem: ErrorShape): number {
  if (json) io.stdout.write(errorJson(status, problem));
  else writeProblem(io.stderr, 'error', problem);
  return status;
}

/**
 * Runs one CLI invocation. Only results go to stdout; errors go to stderr as code, message and hint, or to stdout
 * as `{"status", "error": {"code", "message", "hint"}}` with --json.
 */
export async function runCli(args: string[], io: CliIO): Promise<number> {
  const json = args.includes('--json');
  if (args.length === 0 || args[0] === '--help' || args[0] === '-h' || args[0] === 'help') {
    io.stdout.write(helpText());
    return args.length === 0 ? 2 : 0;
  }
  if (args[0] === '--version' || args[0] === '-v') {
    io.stdout.write(`${appVersion}\n`);
    return 0;
  }
  const found = findCommand(args);
  if (!found) {
    const words = args.filter((a) => !a.startsWith('-')).join(' ');
    return reportError(io, json, 2, cliErrors.raise('unknown-command', `There is no command "${words}".`).toShape());
  }
  if (found.rest.includes('--help') || found.rest.includes('-h')) {
    io.stdout.write(`${found.command.summary}\n\nusage: ${found.command.usage}\n`);
    return 0;
  }
  try {
    return await found.command.run(found.rest, io);
  } catch (error) {
    debugTrace(error, (text) => io.stderr.write(text));
    return reportError(io, json, 2, toErrorShape(error));
  }
}
