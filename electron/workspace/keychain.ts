/**
 * One secret in the operating system's keychain: macOS Keychain, Windows Credential Manager, or the Secret Service
 * (GNOME Keyring, KWallet) on Linux, through @napi-rs/keyring (https://github.com/Brooooooklyn/keyring-node),
 * whose native binaries ship inside its npm packages.
 */
export interface KeychainEntry {
  /** The stored secret, or undefined when there is none yet; throws when the keychain does not answer. */
  read(): Promise<Buffer | undefined>;
  write(secret: Buffer): Promise<void>;
}

export type Keychain = (account: string) => KeychainEntry;

const SERVICE = 'SF JWT Studio';
/** A keychain waiting for an unlock prompt nobody answers must not hold the host's start. */
const TIMEOUT_MS = 5000;

/**
 * The OS keychain, or undefined where none can be loaded, or when `SF_JWT_STUDIO_KEYCHAIN=off` asks for the key
 * file instead (tests, shared machines). On Linux the entry is pinned to the Secret Service: the library's other
 * store, the kernel keyring, forgets everything at logout or reboot, and with it every sealed key.
 */
export async function osKeychain(): Promise<Keychain | undefined> {
  if (process.env.SF_JWT_STUDIO_KEYCHAIN === 'off') return undefined;
  let keyring: typeof import('@napi-rs/keyring');
  try {
    keyring = await import('@napi-rs/keyring');
  } catch {
    return undefined;
  }
  const options = process.platform === 'linux' ? { linux: { store: 'secret-service' as const } } : undefined;
  return (account) => {
    const entry = () => new keyring.AsyncEntry(SERVICE, account, options);
    return {
      async read() {
        const secret = await entry().getSecret(AbortSignal.timeout(TIMEOUT_MS));
        return secret ? Buffer.from(secret) : undefined;
      },
      async write(secret) {
        await entry().setSecret(secret, AbortSignal.timeout(TIMEOUT_MS));
      },
    };
  };
}
