/**
 * Who the desktop app is, the same in `npm start` and in the packaged app: its name (window titles, the data
 * folder, macOS's "<name> Safe Storage" Keychain item) and its Windows AppUserModelID, which must equal the
 * installer's appId so taskbar pinning and notifications belong to the installed shortcut
 * (https://www.electronjs.org/docs/latest/api/app#appsetappusermodelidid-windows). Both are checked against
 * package.json and electron-builder.yml by a test: renaming later would orphan users' data.
 */
export const APP_NAME = 'SF JWT Studio';
export const APP_USER_MODEL_ID = 'com.sfjwtstudio.app';
