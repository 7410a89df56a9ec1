import { errorTable } from '../errors/error-table';

const IMPORT_HINT = 'Choose a file exported from SF JWT Studio (Profiles → Export); nothing was imported.';
const EXPORT_AGAIN = 'Export the profile again from SF JWT Studio.';

/**
 * What saving, opening, exporting and importing profiles can go wrong with, worded once for the stores, the
 * seal, the export file and both hosts. A call site gives a more specific message naming the profile in play.
 */
export const profileErrors = errorTable({
  'profile-not-found': {
    message: 'There is no profile with that name.',
    hint: 'Pick a profile from the list on the Profiles page.',
  },
  'profile-exists': {
    message: 'A profile with that name already exists.',
    hint: 'Choose another name, or confirm that you want to replace it.',
  },
  'invalid-profile-name': {
    message: 'This cannot be a profile name.',
    hint: 'Give the profile a short name (a few words), without spaces at its start or end nor line breaks, e.g. "Acme production integration".',
  },
  'profiles-unreadable': {
    message: 'Cannot read the saved profiles.',
    hint: 'Check the permissions of the data folder.',
  },
  'profiles-file-too-large': {
    message: 'The saved profiles file is too large.',
    hint: 'It was replaced or grown outside SF JWT Studio. Move it away to start with no profiles, or restore it from a backup; it is not read nor overwritten meanwhile.',
  },
  'profiles-file-damaged': {
    message: 'The saved profiles file is damaged.',
    hint: 'It was changed outside SF JWT Studio. Restore it from a backup, or move it away to start with no profiles; it will not be overwritten meanwhile.',
  },
  'profiles-write-failed': {
    message: 'The profiles could not be saved.',
    hint: 'Check the free disk space and the permissions of the data folder. The profiles saved before are unchanged.',
  },
  'passphrase-required': {
    message: 'A passphrase is needed for the private key.',
    hint: 'Type it in the Passphrase field (8 characters or more for a new one) and try again; keep it: whoever opens or imports the profile needs it.',
  },
  'wrong-passphrase': {
    message: 'The passphrase does not open the private key.',
    hint: 'Type the passphrase set when the key was saved or exported (it is case-sensitive). Nothing was changed.',
  },
  'passphrase-backoff': {
    message: 'Too many wrong passphrases: wait before the next try.',
    hint: 'Each wrong passphrase doubles the wait, to slow guessing. Check caps lock and the keyboard layout, then type it once more.',
  },
  'key-derivation-failed': {
    message: 'The passphrase key could not be derived with the parameters in this file.',
    hint: 'The file may be damaged: export the profile again from SF JWT Studio.',
  },
  'secret-store-unavailable': {
    message: 'The private key was sealed by a secret store this host cannot use now.',
    hint: 'Unlock the keyring the profile was saved with (on Linux, the same GNOME Keyring or KWallet) and restart the SF JWT Studio desktop app, or import the profile from an export with the private key and a passphrase.',
  },
  'secret-store-refused': {
    message: "The operating system's secret store could not open the private key.",
    hint: 'It was probably saved by another user or on another machine: import the profile from an export with a passphrase.',
  },
  'bad-certificate': {
    message: 'The certificate of this profile cannot be read.',
    hint: EXPORT_AGAIN,
  },
  'bad-private-key': {
    message: 'The private key of this profile cannot be read.',
    hint: EXPORT_AGAIN,
  },
  'import-not-json': {
    message: 'This file is not JSON, so it is not an exported profile.',
    hint: IMPORT_HINT,
  },
  'import-not-a-profile': {
    message: 'This JSON file is not an SF JWT Studio profile export.',
    hint: IMPORT_HINT,
  },
  'import-unsupported-version': {
    message: 'This profile export has a version this SF JWT Studio does not read.',
    hint: 'Update SF JWT Studio, or export the profile again from the version you have.',
  },
  'import-invalid': {
    message: 'This profile file is damaged or incomplete.',
    hint: 'Choose a file exported from SF JWT Studio (Profiles → Export), with a passphrase when it carries the private key; nothing was imported.',
  },
});
