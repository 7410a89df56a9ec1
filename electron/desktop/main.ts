import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { ipcChannel, methodNames } from '../../shared/api/contract';
import { appVersion } from '../host/app-version';
import type { HostContext } from '../host/host-context';
import { createServices } from '../host/services';
import { APP_NAME, APP_USER_MODEL_ID } from './app-identity';
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, serveAppRequest } from './app-protocol';
import { safeStorageSecrets, saveDialogDelivery } from './electron-host';
import { answerIpc } from './ipc-answer';
import { osNetwork, systemCertificates } from './os-network';
import { claimSingleInstance } from './single-instance';
import { preloadFailure, rendererGoneFailure, type StartupFailure, userDataFailure } from './startup-failures';
import { resolveUserDataDir } from './user-data-dir';
import { hardenSession, hardenWebContents, secureWebPreferences } from './window-security';

const rendererDir = join(__dirname, '..', 'renderer');
let mainWindow: BrowserWindow | undefined;

/** On stderr (for a terminal or a log) and in a dialog (for a user who started the app from a menu). */
function report(failure: StartupFailure): void {
  process.stderr.write(`${failure.title}: ${failure.message}\n`);
  dialog.showErrorBox(failure.title, failure.message);
}

// One name and one data folder whether started by `npm start` or from the installed app.
app.setName(APP_NAME);
if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
const userDataDir = resolveUserDataDir(process.argv, {
  cwd: process.cwd(),
  home: homedir(),
  appData: app.getPath('appData'),
  appName: APP_NAME,
});
try {
  mkdirSync(userDataDir, { recursive: true, mode: 0o700 });
  app.setPath('userData', userDataDir);
} catch (error) {
  // Before any window: one line on stderr and a dialog (showErrorBox is safe before ready), then exit.
  report(userDataFailure(userDataDir, error));
  process.exit(1);
}

// Before ready, as Electron requires: app://studio is standard and secure, like https.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

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
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    show: false,
    title: APP_NAME,
    webPreferences: secureWebPreferences(join(__dirname, 'preload.cjs')),
  });
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  window.webContents.on('preload-error', (_event, preloadPath, error) => report(preloadFailure(preloadPath, error)));
  window.webContents.on('render-process-gone', (_event, details) => {
    const failure = rendererGoneFailure(details);
    if (failure) report(failure);
  });
  void window.loadURL(APP_INDEX_URL);
}

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, (url) => shell.openExternal(url)));

app.whenReady().then(() => {
  if (!dataDirLock) return;
  const dataDir = app.getPath('userData');
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request));
  hardenSession(session.defaultSession);
  const ctx: HostContext = {
    host: 'electron',
    version: appVersion,
    platform: process.platform,
    dataDir,
    files: saveDialogDelivery(() => mainWindow),
    services: createServices({
      dataDir,
      platformSecrets: safeStorageSecrets,
      network: osNetwork(session.defaultSession, systemCertificates()),
    }),
  };
  for (const method of methodNames) {
    ipcMain.handle(ipcChannel(method), (event, input) =>
      answerIpc(method, input, { frame: event.senderFrame, mainFrame: mainWindow?.webContents.mainFrame }, ctx),
    );
  }
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
