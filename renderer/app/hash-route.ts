import type { WizardStep } from '../../shared/salesforce/cause-code';
import type { AreaId } from './area-id';

/** Where the app is, as the URL's hash says it: `#/inspector`, `#/setup/keys`. */
export interface Route {
  area: AreaId;
  /** The wizard's step, for the setup area (or the JKS step). */
  step?: WizardStep | 'jks';
}

const AREAS: readonly AreaId[] = ['setup', 'keys', 'builder', 'inspector', 'exchange', 'profiles'];
const STEPS: readonly string[] = ['org', 'keys', 'configure', 'preauthorize', 'credentials', 'test', 'jks'];

/** The route a hash names, or undefined for an empty or unknown one (the app then stays where it is). */
export function parseHash(hash: string): Route | undefined {
  const [area, step, ...rest] = hash.replace(/^#\/?/, '').split('/');
  if (rest.length > 0 || !AREAS.includes(area as AreaId)) return undefined;
  if (step === undefined || step === '') return { area: area as AreaId };
  if (area !== 'setup' || !STEPS.includes(step)) return undefined;
  return { area: 'setup', step: step as Route['step'] & string };
}

export function formatHash(route: Route): string {
  return route.area === 'setup' && route.step ? `#/setup/${route.step}` : `#/${route.area}`;
}
