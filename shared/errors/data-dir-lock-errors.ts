import { type CodeOf, errorTable } from './error-table';

/** Why a host refuses to start on a data folder. */
export const dataDirLockErrors = errorTable({
  'data-dir-in-use': {
    message: 'Another SF JWT Studio is already using this data folder.',
    hint: 'Switch to the running one (its link is in web-host.json in the data folder), or stop it first; to run two at once, give the second its own folder with --data-dir. If none is running, delete studio.lock in the data folder.',
  },
});

export type DataDirLockErrorCode = CodeOf<typeof dataDirLockErrors>;
