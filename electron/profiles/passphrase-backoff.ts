import { profileErrors } from '../../shared/profiles/profile-errors';

/** Wrong guesses allowed at full speed: a typo or two, and the caps-lock one. */
const FREE_FAILURES = 3;
const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 60_000;

/**
 * Slows guessing a passphrase through the API: after a few wrong passphrases for the same key, each further try
 * must wait a delay that doubles with every failure (1 s, 2 s, 4 s … up to a minute), and a try made sooner is
 * refused before any key is derived. A right passphrase clears the count. In memory, per host process.
 */
export class PassphraseBackoff {
  private readonly failures = new Map<string, { count: number; last: number }>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Throws passphrase-backoff while `key` must still wait. */
  check(key: string, what: string): void {
    const wait = this.waitMs(key);
    if (wait > 0) {
      throw profileErrors.raise(
        'passphrase-backoff',
        `Too many wrong passphrases for ${what}: wait ${Math.ceil(wait / 1000)} s before the next try.`,
      );
    }
  }

  failed(key: string): void {
    const count = (this.failures.get(key)?.count ?? 0) + 1;
    this.failures.set(key, { count, last: this.now() });
  }

  succeeded(key: string): void {
    this.failures.delete(key);
  }

  private waitMs(key: string): number {
    const entry = this.failures.get(key);
    if (!entry || entry.count < FREE_FAILURES) return 0;
    const delay = Math.min(FIRST_DELAY_MS * 2 ** (entry.count - FREE_FAILURES), MAX_DELAY_MS);
    return entry.last + delay - this.now();
  }
}
