import { create } from 'zustand';
import type { AreaId } from './areas';

export interface NavigationState {
  area: AreaId;
}

export interface NavigationActions {
  go(area: AreaId): void;
}

export const initialNavigationState: NavigationState = { area: 'setup' };

export const useNavigation = create<NavigationState & NavigationActions>()((set) => ({
  ...initialNavigationState,
  go: (area) => set({ area }),
}));
