import { join } from 'node:path';
import { storeWriteErrors } from '../../shared/errors/store-write-errors';
import type { StudioError } from '../../shared/errors/studio-error';
import { INPUT_LIMITS, sizeText } from '../../shared/files/input-limits';
import { parseJsonWithinDepth } from '../../shared/json/json-errors';
import { profileErrors } from '../../shared/profiles/profile-errors';
import {
  MAX_PROFILES,
  PROFILES_FILE_NAME,
  PROFILES_FORMAT,
  profilesFileSchema,
  type StoredProfile,
} from '../../shared/profiles/profile-file';
import { writeFileAtomic } from '../files/atomic-write';
import { readBounded } from '../files/bounded-read';
import { removeStaleTemps, withoutBom } from '../files/stale-temps';
import { checkCertificateSize, checkedForWrite } from '../files/write-check';

/**
 * `profiles.json` in the data folder. Every change reads the file, applies the change and writes the whole
 * file atomically (temporary file + rename), one change at a time: a crash or a full disk leaves the previous
 * file as it was. A write is first parsed by the reader's own schema, so the store never writes a file it would
 * then call damaged. The file holds sealed private keys only, and is created with mode 0600 all the same.
 */
export class ProfileStore {
  readonly path: string;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(dataDir: string) {
    this.path = join(dataDir, PROFILES_FILE_NAME);
    // The first change waits for the leftovers of a killed process to be gone.
    this.queue = removeStaleTemps(this.path).catch(() => 0);
  }

  async read(): Promise<StoredProfile[]> {
    let text: string;
    try {
      text = (await readBounded(this.path, { maxBytes: INPUT_LIMITS.profileStore, what: 'a profiles file' })).toString('utf8');
    } catch (error) {
      const code = (error as StudioError).code;
      if (code === 'file-not-found') return [];
      if (code === 'file-too-large') {
        throw profileErrors.raise(
          'profiles-file-too-large',
          `The saved profiles file is larger than ${sizeText(INPUT_LIMITS.profileStore)} (${this.path}).`,
        );
      }
      throw profileErrors.raise('profiles-unreadable', `Cannot read the saved profiles (${this.path}).`);
    }
    try {
      return profilesFileSchema.parse(parseJsonWithinDepth(withoutBom(text), this.path)).profiles;
    } catch {
      throw profileErrors.raise('profiles-file-damaged', `The saved profiles file is damaged (${this.path}).`);
    }
  }

  /** Runs `change` on the current profiles and stores what it returns; changes never interleave. */
  update<T>(change: (profiles: StoredProfile[]) => Promise<{ profiles: StoredProfile[]; result: T }>): Promise<T> {
    const run = this.queue.then(async () => {
      const { profiles, result } = await change(await this.read());
      await this.write(profiles);
      return result;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async write(profiles: StoredProfile[]): Promise<void> {
    if (profiles.length > MAX_PROFILES) throw storeWriteErrors.raise('profiles-limit');
    for (const profile of profiles) checkCertificateSize(profile.key.certificatePem);
    const file = checkedForWrite(profilesFileSchema, { format: PROFILES_FORMAT, version: 1 as const, profiles });
    const text = `${JSON.stringify(file, null, 2)}\n`;
    try {
      await writeFileAtomic(this.path, text, { secret: true });
    } catch {
      throw profileErrors.raise('profiles-write-failed');
    }
  }
}
