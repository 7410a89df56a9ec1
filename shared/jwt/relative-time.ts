/** Human durations for time claims: "45 s", "4 min", "3 h", "2 d", rounded down to the largest unit. */
export function formatDuration(seconds: number): string {
  const s = Math.abs(Math.round(seconds));
  if (s < 120) return `${s} s`;
  if (s < 2 * 3600) return `${Math.floor(s / 60)} min`;
  if (s < 3 * 86400) return `${Math.floor(s / 3600)} h`;
  if (s < 2 * 365 * 86400) return `${Math.floor(s / 86400)} d`;
  return `${Math.floor(s / (365 * 86400))} years`;
}

/** "in 4 min", "3 h ago" or "now", for an epoch-seconds date seen from `now`. */
export function relativeTime(epochSeconds: number, now: number): string {
  const delta = epochSeconds - now;
  if (Math.abs(delta) < 1) return 'now';
  return delta > 0 ? `in ${formatDuration(delta)}` : `${formatDuration(delta)} ago`;
}

/** ISO 8601 for an epoch-seconds date, or undefined when it is outside what a Date can hold. */
export function isoDate(epochSeconds: number): string | undefined {
  const date = new Date(epochSeconds * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Above this a NumericDate (year 5138 in seconds) is certainly in milliseconds. */
export const MILLISECONDS_THRESHOLD = 1e11;

/** A time claim as a number of seconds, when it is a number or a numeric string (Salesforce accepts both). */
export function numericDate(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

/**
 * A time claim (exp, nbf, iat) for a person: ISO date and relative time ("… (expired 3 h ago)"). A value in
 * milliseconds is read as such and said so, not shown as a date tens of thousands of years away.
 */
export function timeClaimText(claim: string, value: unknown, now: number): string | undefined {
  const seconds = numericDate(value);
  if (seconds === undefined) return undefined;
  if (seconds > MILLISECONDS_THRESHOLD) {
    const meant = isoDate(seconds / 1000);
    return meant
      ? `milliseconds, not seconds: read as milliseconds it is ${meant} (${relativeTime(seconds / 1000, now)})`
      : 'not a date';
  }
  const iso = isoDate(seconds) ?? 'not a date';
  const relative = relativeTime(seconds, now);
  if (claim !== 'exp') return `${iso} (${relative})`;
  return seconds > now ? `${iso} (expires ${relative})` : `${iso} (expired ${relative})`;
}
