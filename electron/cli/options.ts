import { usageError } from '../../shared/errors/cli-errors';

/**
 * The flags several commands share, declared once: the claims of an assertion and its lifetime. A command spreads
 * the ones it takes into its parseArgs options.
 */
export const claimFlags = {
  key: { type: 'string' },
  'client-id': { type: 'string' },
  username: { type: 'string' },
  aud: { type: 'string' },
  'exp-in': { type: 'string' },
} as const;

/**
 * A whole number flag (`--bits 2048`, `--exp-in -600`): digits only, so "5m", "1e3" and "0x10" are refused rather
 * than read as something else. `min` bounds it (1 by default); `allowNegative` lets a lifetime point to the past.
 */
export function wholeNumberOption(
  value: string | undefined,
  flag: string,
  usage: string,
  options: { fallback: number; min?: number; max?: number; allowNegative?: boolean },
): number {
  if (value === undefined) return options.fallback;
  const pattern = options.allowNegative ? /^-?\d{1,9}$/ : /^\d{1,9}$/;
  const n = pattern.test(value) ? Number(value) : Number.NaN;
  const min = options.min ?? 1;
  if (Number.isNaN(n) || (!options.allowNegative && n < min) || (options.max !== undefined && n > options.max)) {
    const range = options.allowNegative
      ? 'a whole number of seconds (negative for a time in the past)'
      : `a whole number${options.max === undefined ? ` of at least ${min}` : ` from ${min} to ${options.max}`}`;
    throw usageError(`${flag} must be ${range}, not ${JSON.stringify(value)}.`, usage);
  }
  if (options.allowNegative && n === 0) throw usageError(`${flag} cannot be 0.`, usage);
  return n;
}

/**
 * `--exp-in SECONDS`: the assertion's lifetime. Negative makes an assertion that expired that long ago, to see
 * how Salesforce refuses one.
 */
export function expInOption(value: string | undefined, usage: string, fallback: number): number {
  return wholeNumberOption(value, '--exp-in', usage, { fallback, allowNegative: true });
}

/** An http(s) URL flag, without trailing slashes. */
export function httpUrlOption(value: string, flag: string, usage: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw usageError(`${flag} must be a URL such as https://acme.my.salesforce.com, not ${JSON.stringify(value)}.`, usage);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw usageError(`${flag} must be an https:// URL.`, usage);
  return value.replace(/\/+$/, '');
}

/**
 * The lifetime claims for `--exp-in`: positive is a fresh assertion; negative one that expired that many seconds
 * ago, as if signed a second before its exp (signing refuses a lifetime of zero or less, so the clock is moved).
 */
export function lifetimeClaims(expIn: number, now = Math.floor(Date.now() / 1000)): { expiresInSeconds: number; now?: number } {
  return expIn > 0 ? { expiresInSeconds: expIn } : { expiresInSeconds: 1, now: now + expIn - 1 };
}
