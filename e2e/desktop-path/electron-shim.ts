/**
 * Stands in for the `electron` module when the real preload (electron/desktop/preload.ts) is bundled into the
 * desktop-path e2e page. `ipcRenderer.invoke` crosses to the test's main process as Electron's IPC does: by
 * structured clone (https://www.electronjs.org/docs/latest/tutorial/ipc#object-serialization), so a value IPC
 * cannot carry (a function, a DOM node) fails here too. Test-only.
 */
declare global {
  interface Window {
    /** The test's main process, exposed by the fixture with Playwright's exposeBinding. */
    __studioIpc?: (channel: string, input: unknown) => Promise<unknown>;
  }
}

const ipc = window.__studioIpc;

export const ipcRenderer = {
  async invoke(channel: string, input: unknown): Promise<unknown> {
    if (!ipc) throw new Error('No main process to talk to.');
    return structuredClone(await ipc(channel, structuredClone(input)));
  },
};

export const contextBridge = {
  /** Like contextBridge: a frozen copy of the API on window, which the page cannot replace. */
  exposeInMainWorld(key: string, api: Record<string, unknown>): void {
    Object.defineProperty(window, key, {
      value: Object.freeze({ ...api }),
      enumerable: true,
      writable: false,
      configurable: false,
    });
  },
};
