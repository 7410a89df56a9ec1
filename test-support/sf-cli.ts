import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';

/**
 * The sf CLI where one is installed: `sf` on PATH, or the binary SF_JWT_STUDIO_SF names (an sf CLI installed in
 * a scratch folder). Undefined where there is none: the tests that need it are skipped.
 */
export const SF_BIN =
  process.env.SF_JWT_STUDIO_SF ?? (spawnSync('sf', ['--version'], { stdio: 'ignore' }).status === 0 ? 'sf' : undefined);

/**
 * The environment sf runs in: its own HOME under `home`, so no real sf configuration is read or written, no
 * keychain, telemetry or update check, and `sfBin`'s folder first on PATH so that `sf` is that binary.
 */
export function sfEnv(home: string, sfBin: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    SF_USE_GENERIC_UNIX_KEYCHAIN: 'true',
    SF_DISABLE_TELEMETRY: 'true',
    SF_AUTOUPDATE_DISABLE: 'true',
    SF_SKIP_NEW_VERSION_CHECK: 'true',
    PATH: `${sfBin === 'sf' ? '' : `${dirname(sfBin)}:`}${process.env.PATH}`,
  };
}
