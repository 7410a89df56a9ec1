import { describe, expect, it } from 'vitest';
import { resolveUserDataDir, userDataDirFromArgs } from './user-data-dir';

const where = { cwd: '/work/here', home: '/home/jane', appData: '/home/jane/.config', appName: 'SF JWT Studio' };

describe('--user-data-dir', () => {
  it('reads both spellings, and nothing when absent', () => {
    expect(userDataDirFromArgs(['electron', 'main.cjs', '--user-data-dir=/tmp/a'])).toBe('/tmp/a');
    expect(userDataDirFromArgs(['electron', 'main.cjs', '--user-data-dir', '/tmp/b'])).toBe('/tmp/b');
    expect(userDataDirFromArgs(['electron', 'main.cjs'])).toBeUndefined();
    expect(userDataDirFromArgs(['--user-data-dir='])).toBeUndefined();
  });

  it('resolves to an absolute path: ~ is the home folder, a relative path is from the start folder', () => {
    expect(resolveUserDataDir(['app', '--user-data-dir=~/studio'], where)).toBe('/home/jane/studio');
    expect(resolveUserDataDir(['app', '--user-data-dir=~'], where)).toBe('/home/jane');
    expect(resolveUserDataDir(['app', '--user-data-dir', 'data/x'], where)).toBe('/work/here/data/x');
    expect(resolveUserDataDir(['app', '--user-data-dir=./a/../b'], where)).toBe('/work/here/b');
    expect(resolveUserDataDir(['app', '--user-data-dir=/srv/studio/'], where)).toBe('/srv/studio');
    // ~user is not this user's home: taken literally, relative to the start folder.
    expect(resolveUserDataDir(['app', '--user-data-dir=~bob/x'], where)).toBe('/work/here/~bob/x');
  });

  it('without the flag: the same <appData>/SF JWT Studio in dev and packaged runs', () => {
    expect(resolveUserDataDir(['electron', '.'], where)).toBe('/home/jane/.config/SF JWT Studio');
    expect(resolveUserDataDir(['/opt/SF JWT Studio/sf-jwt-studio'], where)).toBe('/home/jane/.config/SF JWT Studio');
  });
});
