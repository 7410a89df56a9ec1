import { errorTable } from './error-table';

/** What the workspace (electron/workspace/) refuses or cannot do. */
export const workspaceErrors = errorTable({
  'workspace-unreadable': {
    message: 'Cannot read the workspace.',
    hint: 'Check the permissions of the data folder (it must be readable and writable by your user account).',
  },
  'workspace-write-failed': {
    message: 'The workspace could not be saved.',
    hint: 'Check the free disk space and the permissions of the data folder. What was saved before is unchanged.',
  },
  'no-previous-key': {
    message: 'There is no previous key to restore.',
    hint: 'The previous key is kept only after a new key replaced it, until you discard it on the Keys & certificate page.',
  },
  'no-certificate-to-confirm': {
    message: 'The key in use has no certificate to confirm.',
    hint: 'Generate a key with its certificate, or create a certificate for the key in use, on the Keys & certificate page.',
  },
});
