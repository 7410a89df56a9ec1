import { type ParseArgsConfig, parseArgs } from 'node:util';
import { usageError } from '../../shared/errors/cli-errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `--exp-in -600` as `--exp-in=-600`: parseArgs takes a value starting with a dash for another option, and a
 * negative number is a value (a lifetime in the past).
 */
function negativeValuesJoined(args: string[], options: Options): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const next = args[i + 1];
    const takesValue = arg.startsWith('--') && options[arg.slice(2)]?.type === 'string';
    if (takesValue && next !== undefined && /^-\d+$/.test(next)) {
      joined.push(`${arg}=${next}`);
      i++;
    } else {
      joined.push(arg);
    }
  }
  return joined;
}

/** node:util parseArgs with its exceptions turned into a coded usage error that names the command's usage. */
export function parseCommandArgs<O extends Options>(args: string[], options: O, usage: string, allowPositionals = false) {
  try {
    return parseArgs({ args: negativeValuesJoined(args, options), options, strict: true, allowPositionals });
  } catch (error) {
    throw usageError((error as Error).message.replace(/\. To specify a positional.*$/s, '.'), usage);
  }
}

export function requireOption(value: string | undefined, flag: string, usage: string): string {
  if (value === undefined || value === '') throw usageError(`${flag} is required.`, usage);
  return value;
}
