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
