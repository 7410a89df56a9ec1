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
