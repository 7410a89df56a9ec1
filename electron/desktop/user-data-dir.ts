import { isAbsolute, join, resolve } from 'node:path';

/**
 * `--user-data-dir=PATH` (or `--user-data-dir PATH`) moves the app's data folder: profiles, and Chromium's own
 * storage. Tests give each Electron instance a fresh one; admins use it for a portable or a second setup.
 * Applied with app.setPath before the ready event, which is when Electron reads it.
 */
export function userDataDirFromArgs(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg.startsWith('--user-data-dir=')) return arg.slice('--user-data-dir='.length) || undefined;
    if (arg === '--user-data-dir') return argv[i + 1];
  }
  return undefined;
}

/**
 * The data folder as an absolute path. app.setPath throws on a relative one, and no shell expands `~` after `=`,
 * so `--user-data-dir=~/studio` arrives literally: a leading `~` is the home folder, anything relative is taken
 * from the folder the app was started in. Without the flag, the same folder in dev and packaged runs:
 * `<appData>/SF JWT Studio` (whatever name the Electron binary or package.json would give).
 */
export function resolveUserDataDir(
  argv: readonly string[],
  where: { cwd: string; home: string; appData: string; appName: string },
): string {
  const given = userDataDirFromArgs(argv);
  if (!given) return join(where.appData, where.appName);
  const expanded = given === '~' ? where.home : /^~[/\\]/.test(given) ? join(where.home, given.slice(2)) : given;
  return isAbsolute(expanded) ? resolve(expanded) : resolve(where.cwd, expanded);
}
