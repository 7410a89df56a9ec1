import { type ParseArgsConfig, parseArgs } from 'node:util';
import { StudioError } from '../../shared/errors/studio-error';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs with its exceptions turned into a coded usage error that names the command's usage. */
export function parseCommandArgs<O extends Options>(args: string[], options: O, usage: string, allowPositionals = false) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals });
  } catch (error) {
    throw new StudioError('usage', (error as Error).message.replace(/\. To specify a positional.*$/s, '.'), `usage: ${usage}`);
  }
}

export function requireOption(value: string | undefined, flag: string, usage: string): string {
  if (value === undefined || value === '') throw new StudioError('usage', `${flag} is required.`, `usage: ${usage}`);
  return value;
}
