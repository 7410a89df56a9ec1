import { create } from 'zustand';
import type { Result } from '../../../shared/api/result';
import type { ErrorShape } from '../../../shared/errors/studio-error';
import type { KeyProtection, ProfileSummary } from '../../../shared/profiles/profile-summary';
import { api } from '../../api/client';
import { useSession } from '../../app/session-store';
import { useWizard } from '../setup/wizard-store';
import { handOverFile } from './hand-over-file';
import { configFromSession, sessionFromProfile } from './session-config';

/** The row action waiting for its details (passphrase, new name, confirmation). */
export type ProfileAction = { kind: 'open' | 'rename' | 'export' | 'delete'; name: string };

/** Which part of the page the last error or result belongs to. */
export type MessageScope = 'save' | 'import' | 'list';

export interface ProfilesState {
  profiles: ProfileSummary[];
  newKeyProtection: KeyProtection;
  loaded: boolean;
  busy: boolean;
  action?: ProfileAction;
  error?: ErrorShape;
  /** What the last action did, for the status line. */
  done?: string;
  scope?: MessageScope;
  /** Set after opening a profile that has no private key. */
  keyMissing?: string;
}

export interface ProfilesActions {
  refresh(): Promise<void>;
  choose(action: ProfileAction | undefined): void;
  save(input: { name: string; passphrase?: string; overwrite?: boolean }): Promise<boolean>;
  open(name: string, passphrase?: string): Promise<boolean>;
  rename(name: string, newName: string): Promise<void>;
  duplicate(name: string): Promise<void>;
  remove(name: string): Promise<void>;
  exportProfile(input: {
    name: string;
    includePrivateKey: boolean;
    passphrase?: string;
    exportPassphrase?: string;
  }): Promise<void>;
  importProfile(input: {
    text: string;
    name?: string;
    overwrite?: boolean;
    filePassphrase?: string;
    passphrase?: string;
  }): Promise<boolean>;
}

export const initialProfilesState: ProfilesState = {
  profiles: [],
  newKeyProtection: 'passphrase',
  loaded: false,
  busy: false,
};

export const useProfiles = create<ProfilesState & ProfilesActions>()((set, get) => {
  /** Runs one call: busy while it runs, its error shown, the list refreshed after a change. */
  async function run<T>(
    scope: MessageScope,
    call: () => Promise<Result<T>>,
    after: (value: T) => Partial<ProfilesState>,
  ): Promise<boolean> {
    set({ busy: true, error: undefined, done: undefined, scope });
    const result = await call();
    if (!result.ok) {
      set({ busy: false, error: result.error });
      return false;
    }
    set({ busy: false, action: undefined, ...after(result.value) });
    await get().refresh();
    return true;
  }

  return {
    ...initialProfilesState,

    refresh: async () => {
      const result = await api['profiles.list']();
      if (result.ok) set({ profiles: result.value.profiles, newKeyProtection: result.value.newKeyProtection, loaded: true });
      else set({ error: result.error, loaded: true });
    },

    choose: (action) => set({ action, error: undefined, done: undefined, scope: 'list' }),

    save: ({ name, passphrase, overwrite }) =>
      run(
        'save',
        () => api['profiles.save']({ name, config: configFromSession(useSession.getState()), passphrase, overwrite }),
        (saved) => {
          useSession.getState().load({ profileName: saved.name });
          return { done: `Saved profile "${saved.name}".` };
        },
      ),

    open: (name, passphrase) =>
      run(
        'list',
        () => api['profiles.open']({ name, passphrase }),
        (opened) => {
          useSession.getState().load(sessionFromProfile(opened));
          useWizard.getState().adopt(opened.config);
          return {
            done: `Opened profile "${opened.name}".`,
            keyMissing: opened.keyMissing
              ? `"${opened.name}" was imported without its private key: import the key on the Keys & certificate page before testing the login.`
              : undefined,
          };
        },
      ),

    rename: async (name, newName) => {
      await run(
        'list',
        () => api['profiles.rename']({ name, newName }),
        (renamed) => {
          if (useSession.getState().profileName === name) useSession.getState().load({ profileName: renamed.name });
          return { done: `Renamed "${name}" to "${renamed.name}".` };
        },
      );
    },

    duplicate: async (name) => {
      await run(
        'list',
        () => api['profiles.duplicate']({ name }),
        (copy) => ({ done: `Duplicated "${name}" as "${copy.name}".` }),
      );
    },

    remove: async (name) => {
      await run(
        'list',
        () => api['profiles.delete']({ name }),
        ({ deleted }) => {
          if (useSession.getState().profileName === deleted) useSession.getState().load({ profileName: undefined });
          return { done: `Deleted profile "${deleted}".` };
        },
      );
    },

    exportProfile: async (input) => {
      await run(
        'list',
        () => api['profiles.export'](input),
        (delivery) => ({ done: handOverFile(delivery) }),
      );
    },

    importProfile: (input) =>
      run(
        'import',
        () => api['profiles.import'](input),
        (imported) => ({ done: `Imported profile "${imported.name}".` }),
      ),
  };
});
