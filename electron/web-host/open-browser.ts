import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeFileAtomic } from '../files/atomic-write';

/** The launcher of the default browser on each OS, or undefined where none can show a window. */
export function browserLauncher(
  url: string,
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): { command: string; args: string[] } | undefined {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // `start` is a cmd built-in; its first quoted argument is a window title, hence the empty "".
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  // Elsewhere (Linux, the BSDs) a browser can only open inside a graphical session.
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return undefined;
  return { command: 'xdg-open', args: [url] };
}

export const OPEN_FILE = 'web-host-open.html';

/**
 * Opens the app in the default browser, if a display exists. Like Jupyter Server, it opens a redirect file
 * (mode 0600, in the data folder) rather than the token link itself: a command line is readable by every
 * account on the machine (`ps`), a 0600 file only by its owner. Never fails: without a display, or when the
 * launcher is missing, the printed link is the way in. Answers whether a launcher was started.
 */
export async function openInBrowser(loginUrl: string, dataDir: string): Promise<boolean> {
  const probe = browserLauncher('');
  if (!probe) return false;
  const file = join(dataDir, OPEN_FILE);
  const target = loginUrl.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  await writeFileAtomic(
    file,
    `<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${target}"><title>SF JWT Studio</title><p>Opening SF JWT Studio…</p>\n`,
    { secret: true },
  );
  const launcher = browserLauncher(pathToFileURL(file).toString()) ?? probe;
  try {
    const child = spawn(launcher.command, launcher.args, { detached: true, stdio: 'ignore' });
    child.on('error', () => {});
    child.unref();
    return true;
  } catch {
    return false;
  }
}
