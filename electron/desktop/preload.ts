import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannel, methodNames } from '../../shared/api/contract';

/**
 * Exposes exactly the contract's methods as `window.studio`, each one IPC invoke on its own channel.
 * `ipcRenderer` itself never reaches the page.
 */
const studio = Object.fromEntries(
  methodNames.map((method) => [method, (input?: unknown) => ipcRenderer.invoke(ipcChannel(method), input)]),
);

contextBridge.exposeInMainWorld('studio', studio);
