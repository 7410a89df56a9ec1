import type { RelativeDate } from './soql-parser';

const DAY_MS = 86_400_000;

/**
 * The half-open range [start, end) of milliseconds a relative date literal covers, in the org's time zone.
 * assumption: the emulated org's time zone is UTC (docs/emulator.md). LAST_N_DAYS:n covers today and the n
 * days before it; NEXT_N_DAYS:n starts tomorrow (SOQL and SOSL Reference, "Date Formats and Date Literals").
 */
export function relativeRange(date: RelativeDate, nowMs: number): { start: number; end: number } {
  const today = Math.floor(nowMs / DAY_MS) * DAY_MS;
  switch (date.kind) {
    case 'TODAY':
      return { start: today, end: today + DAY_MS };
    case 'YESTERDAY':
      return { start: today - DAY_MS, end: today };
    case 'TOMORROW':
      return { start: today + DAY_MS, end: today + 2 * DAY_MS };
    case 'LAST_N_DAYS':
      return { start: today - date.n * DAY_MS, end: today + DAY_MS };
    case 'NEXT_N_DAYS':
      return { start: today + DAY_MS, end: today + (date.n + 1) * DAY_MS };
  }
}

/** Milliseconds of a stored or literal date (`2026-01-31`) or datetime (`2026-01-31T10:00:00.000+0000`). */
export function dateMs(text: string): number {
  const iso = text.length === 10 ? `${text}T00:00:00Z` : text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  return Date.parse(iso);
}

/** A datetime as the REST API writes it: `2026-01-31T10:00:00.000+0000`. */
export function soqlDateTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}
