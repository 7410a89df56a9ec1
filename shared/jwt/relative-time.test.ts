import { describe, expect, it } from 'vitest';
import { formatDuration, isoDate, relativeTime } from './relative-time';

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
});
