import { create } from 'zustand';
import type { AppInfo } from '../../shared/api/app-contract';
import type { ErrorShape } from '../../shared/errors/studio-error';
import { api } from '../api/client';

export interface AppInfoState {
  info?: AppInfo;
  error?: ErrorShape;
}

export const useAppInfo = create<AppInfoState & { load(): Promise<void> }>()((set) => ({
  load: async () => {
    const result = await api['app.info']();
    set(result.ok ? { info: result.value, error: undefined } : { error: result.error });
  },
}));
