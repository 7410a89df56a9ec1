import { errorTable } from '../../shared/errors/error-table';

/** What reading an input file can go wrong with, worded once for the CLI, the stores and the emulator. */
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
    hint: 'Check the path: keys, certificates, assertions and configuration files are a few kilobytes, not a disk image or a device.',
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
    message: 'The standard input is larger than the command reads.',
    hint: 'Pipe in one value (one token, one key), not a file of them.',
  },
});
