import { resolve } from 'node:path';
import { INPUT_LIMITS } from '../../shared/files/input-limits';
import { readBounded, readStdinBounded } from '../files/bounded-read';
import type { CliIO } from './cli-command';

/** A token from a file, or from standard input for `-`, read within the same bound either way. */
export async function readTokenInput(source: string, io: CliIO): Promise<string> {
  const what = 'a token';
  const bytes =
    source === '-'
      ? await readStdinBounded(io.stdin, INPUT_LIMITS.token, what)
      : await readBounded(resolve(io.cwd, source), { maxBytes: INPUT_LIMITS.token, what });
  return bytes.toString('utf8');
}
