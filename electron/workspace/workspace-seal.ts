import { createHash, randomBytes } from 'node:crypto';
import { chmod, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { KeyProtection } from '../../shared/workspace/workspace-view';
import { writeFileAtomic } from '../files/atomic-write';
import type { PlatformSecrets } from '../host/platform-secrets';
import { gcmOpen, gcmSeal } from '../keys/aes-gcm';
import type { Keychain } from './keychain';
import { KEY_FILE_NAME, type WorkspaceSealed } from './workspace-file';

const ASSOCIATED_DATA = Buffer.from('sf-jwt-studio workspace private key v1');
const DATA_KEY_BYTES = 32;

export interface SealOptions {
  dataDir: string;
  platformSecrets: PlatformSecrets | undefined;
  keychain: Keychain | undefined;
}

const DESCRIPTIONS: Record<KeyProtection, (keyFile: string) => string> = {
  platform: () =>
    "Sealed by the operating system's secret store through the desktop app (safeStorage: Keychain on macOS, DPAPI on Windows, the Secret Service on Linux).",
  keychain: () =>
    "Sealed with a random 256-bit key kept in the operating system's keychain (macOS Keychain, Windows Credential Manager, the Secret Service on Linux).",
  'key-file': (keyFile) =>
    `Sealed with a random 256-bit key in ${keyFile}, readable by your user account only (mode 0600), as the sf CLI keeps its own tokens when no keychain answers: anyone who can read your files can unseal it.`,
};

/**
 * Seals the workspace's private keys. The desktop app uses safeStorage; browser mode and the CLI keep a random
 * 256-bit AES-GCM key in the OS keychain where one answers, else in a 0600 file in the data folder. A key sealed
 * one way is opened the same way later, whatever this host would choose now.
 */
export class WorkspaceSeal {
  private readonly keys = new Map<KeyProtection, Promise<Buffer>>();

  private constructor(
    readonly protection: KeyProtection,
    private readonly options: SealOptions,
  ) {}

  /** Picks the strongest protection that answers here, and says why when it had to fall back. */
  static async choose(options: SealOptions): Promise<{ seal: WorkspaceSeal; notices: string[] }> {
    if (await options.platformSecrets?.isAvailable()) return { seal: new WorkspaceSeal('platform', options), notices: [] };
    if (options.keychain) {
      const seal = new WorkspaceSeal('keychain', options);
      try {
        await seal.dataKey('keychain');
        return { seal, notices: [] };
      } catch {
        // The keychain's own words (a D-Bus error, a locked keyring) help no admin: the notice says what follows.
        const fallback = new WorkspaceSeal('key-file', options);
        return {
          seal: fallback,
          notices: [
            `No operating-system keychain answered on this machine, so your key is kept another way. ${fallback.description()}`,
          ],
        };
      }
    }
    return { seal: new WorkspaceSeal('key-file', options), notices: [] };
  }

  description(): string {
    return DESCRIPTIONS[this.protection](join(this.options.dataDir, KEY_FILE_NAME));
  }

  async seal(plain: string): Promise<WorkspaceSealed> {
    if (this.protection === 'platform') {
      const secrets = this.options.platformSecrets as PlatformSecrets;
      return { scheme: 'platform', sealed: Buffer.from(await secrets.encrypt(plain)).toString('base64') };
    }
    const { iv, tag, ciphertext } = gcmSeal(await this.dataKey(this.protection), plain, ASSOCIATED_DATA);
    return {
      scheme: this.protection,
      iv: iv.toString('base64'),
      tag: tag.toString('base64'),
      ciphertext: ciphertext.toString('base64'),
    };
  }

  /** Throws when the key that sealed it is not at hand (another user, machine or keychain) or the bytes changed. */
  async open(sealed: WorkspaceSealed): Promise<string> {
    if (sealed.scheme === 'platform') {
      const secrets = this.options.platformSecrets;
      if (!secrets || !(await secrets.isAvailable()))
        throw new Error("sealed by the desktop app's secret store, which this host cannot use");
      return secrets.decrypt(Buffer.from(sealed.sealed, 'base64'));
    }
    const b64 = (value: string) => Buffer.from(value, 'base64');
    const key = await this.dataKey(sealed.scheme);
    return gcmOpen(
      key,
      { iv: b64(sealed.iv), tag: b64(sealed.tag), ciphertext: b64(sealed.ciphertext) },
      ASSOCIATED_DATA,
    ).toString('utf8');
  }

  private dataKey(scheme: 'keychain' | 'key-file'): Promise<Buffer> {
    let key = this.keys.get(scheme);
    if (!key) {
      key = scheme === 'keychain' ? this.keychainKey() : this.fileKey();
      this.keys.set(scheme, key);
      key.catch(() => this.keys.delete(scheme));
    }
    return key;
  }

  /** One keychain entry per data folder, so two data folders never share (or overwrite) a key. */
  private async keychainKey(): Promise<Buffer> {
    const keychain = this.options.keychain;
    if (!keychain) throw new Error('no keychain on this host');
    const account = `workspace-key ${createHash('sha256').update(this.options.dataDir).digest('hex').slice(0, 16)}`;
    const entry = keychain(account);
    const stored = await entry.read();
    if (stored?.length === DATA_KEY_BYTES) return stored;
    const fresh = randomBytes(DATA_KEY_BYTES);
    await entry.write(fresh);
    const back = await entry.read();
    if (!back?.equals(fresh)) throw new Error('the keychain did not keep the key it was given');
    return fresh;
  }

  private async fileKey(): Promise<Buffer> {
    const path = join(this.options.dataDir, KEY_FILE_NAME);
    try {
      const key = Buffer.from((await readFile(path, 'utf8')).trim(), 'base64');
      if (key.length === DATA_KEY_BYTES) {
        await chmod(path, 0o600);
        return key;
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const fresh = randomBytes(DATA_KEY_BYTES);
    await writeFileAtomic(path, `${fresh.toString('base64')}\n`, { secret: true });
    return fresh;
  }
}
