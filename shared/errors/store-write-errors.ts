import { CERTIFICATE_PEM_MAX, MAX_PROFILES } from '../profiles/profile-file';
import { errorTable } from './error-table';

/** What a store refuses to write because its own reader would then refuse the file. */
export const storeWriteErrors = errorTable({
  'profiles-limit': {
    message: `SF JWT Studio keeps at most ${MAX_PROFILES.toLocaleString('en-US')} profiles.`,
    hint: 'Delete the profiles you no longer use on the Profiles page (or export them first), then save again.',
  },
  'certificate-too-large': {
    message: `This certificate is longer than the ${CERTIFICATE_PEM_MAX.toLocaleString('en-US')} characters SF JWT Studio stores.`,
    hint: 'A JWT certificate holds one self-signed certificate: import the .crt of your key alone, not a bundle, or generate one on the Keys & certificate page.',
  },
  'store-write-invalid': {
    message: 'SF JWT Studio refused to save a file it could not read back.',
    hint: 'Nothing was changed on disk. Report this as a bug, with the action that led to it.',
  },
});
