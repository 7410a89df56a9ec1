import type { Readable, Writable } from 'node:stream';

export interface CliIO {
  stdout: Writable;
  stderr: Writable;
  stdin: Readable;
  cwd: string;
}

/**
 * One CLI command. `name` may have several words (`keys new`); the dispatcher picks the longest name that
 * the arguments start with. `run` returns the exit code; it throws a StudioError for a user error.
 */
export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}
