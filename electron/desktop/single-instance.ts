import { StudioError } from '../../shared/errors/studio-error';
import { acquireDataDirLock, type DataDirLock } from '../host/data-dir-lock';

/** The part of Electron's `app` this needs (so it is testable without the binary). */
export interface InstanceApp {
  requestSingleInstanceLock(): boolean;
  on(event: 'second-instance', listener: () => void): unknown;
  getPath(name: 'userData'): string;
  quit(): void;
}

/**
 * One desktop instance per user-data folder, and one owner of that folder across hosts. A second launch hands
 * over to the first (Electron's single-instance lock emits `second-instance` there, which focuses its window)
 * and quits; a folder held by a web host (`npm run web -- --data-dir` on it) is refused with data-dir-in-use.
 * Returns the data-dir lock to release on quit, or undefined when this instance must quit.
 * https://www.electronjs.org/docs/latest/api/app#apprequestsingleinstancelockadditionaldata
 */
export function claimSingleInstance(
  app: InstanceApp,
  focusRunning: () => void,
  refuse: (error: StudioError) => void,
): DataDirLock | undefined {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return undefined;
  }
  app.on('second-instance', focusRunning);
  try {
    return acquireDataDirLock(app.getPath('userData'));
  } catch (error) {
    if (!(error instanceof StudioError)) throw error;
    refuse(error);
    app.quit();
    return undefined;
  }
}
