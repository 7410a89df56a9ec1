import { errorTable } from './error-table';
import type { StudioError } from './studio-error';

/** What the command line itself refuses (electron/cli/), worded once for every command. */
export const cliErrors = errorTable({
  usage: {
    message: 'This is not how the command is used.',
    hint: 'usage: {usage}',
  },
  'unknown-command': {
    message: 'There is no such command.',
    hint: 'sf-jwt-studio --help lists the commands.',
  },
  'token-file-unreadable': {
    message: 'Cannot read the token file.',
    hint: 'Give a file holding the access token alone, or - to read it from stdin.',
  },
  'aud-required': {
    message: 'The endpoint is not a Salesforce host, so the aud cannot be derived from it.',
    hint: 'Add --aud with the host it stands for, e.g. --aud https://login.salesforce.com',
  },
  'output-folder': {
    message: 'Cannot write the key files into that folder.',
    hint: 'Give --out a folder you can write to (it is created when missing), e.g. --out ./salesforce-jwt.',
  },
  'file-exists': {
    message: 'A key or certificate file of that name already exists.',
    hint: 'Choose another --out folder or --alias; keys new never overwrites a key or certificate.',
  },
});

/** A usage error: what is wrong with the command line, the hint being the refusing command's usage line. */
export function usageError(message: string, usage: string): StudioError {
  return cliErrors.raise('usage', message, { usage });
}
