import { contextBridge, ipcRenderer } from 'electron';
import { bridgeErrors } from '../../shared/api/bridge-errors';
import { ipcChannel, methodNames } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';

/** One IPC invoke; a rejected one (the main process threw or went away) answers a coded Result, never rejects. */
async function call(method: (typeof methodNames)[number], input: unknown): Promise<Result<unknown>> {
  try {
    return (await ipcRenderer.invoke(ipcChannel(method), input)) as Result<unknown>;
  } catch {
    // The rejection's text may carry what the handler held: the page gets the coded error only.
    return { ok: false, error: bridgeErrors.raise('bridge-failed').toShape() };
  }
}

/**
 * Exposes exactly the contract's methods as `window.studio`, each one IPC invoke on its own channel.
 * `ipcRenderer` itself never reaches the page.
 */
const studio = Object.fromEntries(methodNames.map((method) => [method, (input?: unknown) => call(method, input)]));

contextBridge.exposeInMainWorld('studio', studio);
