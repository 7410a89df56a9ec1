import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { cliErrors, usageError } from '../../shared/errors/cli-errors';
import { type AdminConnection, adminConnection } from '../org-check/admin-connection';
import { sfOrgConnection } from '../org-check/sf-cli';
import type { CliIO } from './cli-command';

/** The flags that name the admin's session: an sf CLI org, or an instance URL and a token FILE (never the token). */
export const adminConnectionOptions = {
  'admin-org': { type: 'string' },
  'admin-instance-url': { type: 'string' },
  'admin-token-file': { type: 'string' },
  app: { type: 'string' },
} as const;

export const adminConnectionUsage = '(--admin-org ALIAS | --admin-instance-url URL --admin-token-file FILE)';

interface AdminValues {
  'admin-org'?: string | undefined;
  'admin-instance-url'?: string | undefined;
  'admin-token-file'?: string | undefined;
}

/** A token is at most a few hundred bytes; a file much larger is not one. */
const MAX_TOKEN_FILE_BYTES = 64 * 1024;

async function readAll(stream: Readable): Promise<string> {
  let text = '';
  for await (const chunk of stream) {
    text += String(chunk);
    if (text.length > MAX_TOKEN_FILE_BYTES) break;
  }
  return text;
}

async function readToken(file: string, io: CliIO): Promise<string> {
  if (file === '-') return readAll(io.stdin);
  try {
    return (await readFile(resolve(io.cwd, file), 'utf8')).slice(0, MAX_TOKEN_FILE_BYTES);
  } catch (error) {
    throw cliErrors.raise(
      'token-file-unreadable',
      `Cannot read the token file ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`,
    );
  }
}

/**
 * The admin connection the flags name, or undefined when none is given. A token never comes from the command
 * line (it would sit in the shell's history and the process list): only from a file or stdin.
 */
export async function adminConnectionFrom(values: AdminValues, io: CliIO, usage: string): Promise<AdminConnection | undefined> {
  const alias = values['admin-org'];
  const url = values['admin-instance-url'];
  const tokenFile = values['admin-token-file'];
  if (alias !== undefined && (url !== undefined || tokenFile !== undefined)) {
    throw usageError('Give either --admin-org or --admin-instance-url with --admin-token-file, not both.', usage);
  }
  if (alias !== undefined) return sfOrgConnection(alias);
  if (url === undefined && tokenFile === undefined) return undefined;
  if (url === undefined || tokenFile === undefined) {
    throw usageError('--admin-instance-url and --admin-token-file go together.', usage);
  }
  return adminConnection('pasted', url, await readToken(tokenFile, io), 'token file');
}
