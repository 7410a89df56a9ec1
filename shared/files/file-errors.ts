import { errorTable } from '../errors/error-table';

/**
 * What reading an input can go wrong with, worded once for the CLI, the stores, the emulator, the Keys page and the
 * web host's request bodies.
 */
export const fileErrors = errorTable({
  'file-not-found': {
    message: 'Cannot read the file.',
    hint: 'Check the path: the file must exist and be readable by you.',
  },
  'file-unreadable': {
    message: 'The file exists but cannot be read.',
    hint: 'Check the permissions of the file and of its folder.',
  },
  'file-too-large': {
    message: 'The file is larger than any file of its kind.',
    hint: 'Check that this is the right file: keys, certificates, keystores, assertions and configuration files are a few kilobytes, not a disk image or a device.',
  },
  'not-a-file': {
    message: 'This is not a regular file.',
    hint: 'Give the path of a saved file; to pass a value through a pipe, use - (standard input) where the command allows it.',
  },
  'file-read-timeout': {
    message: 'Reading the file did not finish in time.',
    hint: 'A pipe or device gave no data: save the content to a file and give its path.',
  },
  'input-too-large': {
    message: 'The input is larger than SF JWT Studio reads.',
    hint: 'Give one value (one token, one key, certificate or keystore of a few kilobytes), not a file of them.',
  },
});
