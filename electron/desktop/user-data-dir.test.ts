import { describe, expect, it } from 'vitest';
import { userDataDirFromArgs } from './user-data-dir';

describe('--user-data-dir', () => {
  it('reads both spellings, and nothing when absent', () => {
    expect(userDataDirFromArgs(['electron', 'main.cjs', '--user-data-dir=/tmp/a'])).toBe('/tmp/a');
    expect(userDataDirFromArgs(['electron', 'main.cjs', '--user-data-dir', '/tmp/b'])).toBe('/tmp/b');
    expect(userDataDirFromArgs(['electron', 'main.cjs'])).toBeUndefined();
    expect(userDataDirFromArgs(['--user-data-dir='])).toBeUndefined();
  });
});
