import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { ipcChannel, methodNames } from '../../shared/api/contract';
import { dispatch } from '../handlers/registry';
import { appVersion } from '../host/app-version';
import type { HostContext } from '../host/host-context';
import { createServices } from '../host/services';
import { safeStorageSecrets, saveDialogDelivery } from './electron-host';
import { claimSingleInstance } from './single-instance';
import { userDataDirFromArgs } from './user-data-dir';
import { hardenSession, hardenWebContents, isTrustedSender, secureWebPreferences } from './window-security';

const rendererIndex = join(__dirname, '..', 'renderer', 'index.html');
const rendererUrl = pathToFileURL(rendererIndex).toString();
let mainWindow: BrowserWindow | undefined;

const userDataDir = userDataDirFromArgs(process.argv);
if (userDataDir) app.setPath('userData', userDataDir);

const dataDirLock = claimSingleInstance(
  app,
  () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  },
  (error) => {
    process.stderr.write(`error [${error.code}]: ${error.message}\n`);
    dialog.showErrorBox('SF JWT Studio', `${error.message}\n\n${error.hint ?? ''}`);
  },
);
app.on('will-quit', () => dataDirLock?.release());

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1280,
    height: 860,
    show: false,
    title: 'SF JWT Studio',
    webPreferences: secureWebPreferences(join(__dirname, 'preload.cjs')),
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
  void mainWindow.loadFile(rendererIndex);
}

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

app.whenReady().then(() => {
  if (!dataDirLock) return;
  const dataDir = app.getPath('userData');
  const ctx: HostContext = {
    host: 'electron',
    version: appVersion,
    platform: process.platform,
    dataDir,
    files: saveDialogDelivery(() => mainWindow),
    services: createServices({ dataDir, platformSecrets: safeStorageSecrets }),
  };
  hardenSession(session.defaultSession);
  for (const method of methodNames) {
    ipcMain.handle(ipcChannel(method), (event, input) => {
      if (!isTrustedSender(event.senderFrame?.url, rendererUrl)) {
        return { ok: false, error: { code: 'forbidden', message: 'This window may not call SF JWT Studio.' } };
      }
      return dispatch(method, input, ctx);
    });
  }
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
