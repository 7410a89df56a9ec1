import { describe, expect, it } from 'vitest';
import { formatDuration, isoDate, relativeTime, timeClaimText } from './relative-time';

describe('relative time', () => {
  it('says how long ago or how soon, in the largest sensible unit', () => {
    expect(relativeTime(1000 - 3 * 3600 - 100, 1000)).toBe('3 h ago');
    expect(relativeTime(1000 + 299, 1000)).toBe('in 4 min');
    expect(relativeTime(1000 + 45, 1000)).toBe('in 45 s');
    expect(relativeTime(1000, 1000)).toBe('now');
    expect(formatDuration(5 * 86400)).toBe('5 d');
    expect(formatDuration(1e12)).toMatch(/years$/);
  });

  it('gives ISO dates for epoch seconds, and nothing for a date no clock can show', () => {
    expect(isoDate(1300819380)).toBe('2011-03-22T18:43:00.000Z');
    expect(isoDate(1e300)).toBeUndefined();
  });

  it('shows a time claim as ISO date and relative time; a millisecond one read as milliseconds, not 56,000 years away', () => {
    const now = 1_800_000_000;
    expect(timeClaimText('exp', now - 3 * 3600, now)).toBe('2027-01-15T05:00:00.000Z (expired 3 h ago)');
    expect(timeClaimText('exp', now + 300, now)).toBe('2027-01-15T08:05:00.000Z (expires in 5 min)');
    expect(timeClaimText('iat', String(now - 60), now)).toBe('2027-01-15T07:59:00.000Z (60 s ago)');
    expect(timeClaimText('exp', (now + 300) * 1000, now)).toBe(
      'milliseconds, not seconds: read as milliseconds it is 2027-01-15T08:05:00.000Z (in 5 min)',
    );
    expect(timeClaimText('exp', 'tomorrow', now)).toBeUndefined();
  });
});
