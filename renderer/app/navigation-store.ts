import { create } from 'zustand';
import type { WizardStep } from '../../shared/salesforce/cause-code';
import type { AreaId } from './area-id';

export interface NavigationState {
  area: AreaId;
  /** A wizard step another area asked to open (a diagnosis's fix link, a link to #/setup/STEP); the wizard takes it once. */
  wizardStepRequest?: WizardStep | 'jks';
  /** The page shown inside the area (the wizard's step) and its title: the URL's hash and the document title use them. */
  subPage?: { id: WizardStep | 'jks'; title: string };
}

export interface NavigationActions {
  go(area: AreaId): void;
  /** Opens the setup wizard at the step that fixes a problem. */
  openWizardStep(step: WizardStep | 'jks'): void;
  clearWizardStepRequest(): void;
  setSubPage(subPage: NavigationState['subPage']): void;
}

export const initialNavigationState: NavigationState = { area: 'setup' };

export const useNavigation = create<NavigationState & NavigationActions>()((set) => ({
  ...initialNavigationState,
  go: (area) => set({ area }),
  openWizardStep: (step) => set({ area: 'setup', wizardStepRequest: step }),
  clearWizardStepRequest: () => set({ wizardStepRequest: undefined }),
  setSubPage: (subPage) => set({ subPage }),
}));
