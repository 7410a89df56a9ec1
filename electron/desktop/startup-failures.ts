import type { RenderProcessGoneDetails } from 'electron';

/** One failure the user must see even when the window shows nothing: for a dialog box and one stderr line. */
export interface StartupFailure {
  title: string;
  message: string;
}

/** The preload did not run (a broken build, a blocked file): the page loads, but `window.studio` is missing. */
export function preloadFailure(preloadPath: string, error: Error): StartupFailure {
  return {
    title: 'SF JWT Studio could not start its desktop bridge',
    message: `The preload script ${preloadPath} failed: ${error.message.split('\n')[0]?.slice(0, 300)}. Reinstall SF JWT Studio, or rebuild it with npm run build.`,
  };
}

/** The page's process crashed or was killed (out of memory, an antivirus): the window is now blank. */
export function rendererGoneFailure(details: Pick<RenderProcessGoneDetails, 'reason' | 'exitCode'>): StartupFailure | undefined {
  if (details.reason === 'clean-exit') return undefined;
  return {
    title: 'The SF JWT Studio window stopped',
    message: `Its page process ended (${details.reason}, exit code ${details.exitCode}). Close and reopen SF JWT Studio; keys not saved in a profile are lost.`,
  };
}

/** A data folder the app cannot create or use: said in one line before any window exists. */
export function userDataFailure(dir: string, error: unknown): StartupFailure {
  const why = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
  return {
    title: 'SF JWT Studio cannot use its data folder',
    message: `The data folder ${dir} cannot be created or used (${why}). Give --user-data-dir a folder you can write to, e.g. --user-data-dir=$HOME/sf-jwt-studio.`,
  };
}
