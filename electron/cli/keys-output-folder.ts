import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { cliErrors } from '../../shared/errors/cli-errors';
import type { StudioError } from '../../shared/errors/studio-error';

function folderError(dir: string, reason: string): StudioError {
  return cliErrors.raise('output-folder', `Cannot write the key files into ${dir}: ${reason}.`);
}

async function kindOf(path: string): Promise<'folder' | 'other' | 'missing'> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'other';
  } catch {
    return 'missing';
  }
}

/**
 * The --out folder, created when missing, one level at a time: `mkdir -p` in Node 20 can spin forever on
 * some paths (under /proc), and its raw errors (EEXIST, EACCES) tell an admin nothing.
 */
export async function prepareOutputFolder(dir: string): Promise<void> {
  const missing: string[] = [];
  let at = dir;
  for (;;) {
    const kind = await kindOf(at);
    if (kind === 'folder') break;
    if (kind === 'other') throw folderError(dir, `${at} is a file, not a folder`);
    const parent = dirname(at);
    if (parent === at) throw folderError(dir, 'no such place');
    missing.unshift(at);
    at = parent;
  }
  for (const folder of missing) {
    try {
      await mkdir(folder);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && (await kindOf(folder)) === 'folder') continue;
      throw folderError(dir, code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `it cannot be created (${code})`);
    }
  }
}
