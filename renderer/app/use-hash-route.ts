import { useEffect } from 'react';
import { areas } from './areas';
import { formatHash, parseHash, type Route } from './hash-route';
import { useNavigation } from './navigation-store';

function routeNow(): Route {
  const { area, subPage } = useNavigation.getState();
  return area === 'setup' && subPage ? { area, step: subPage.id } : { area };
}

/** The hash being followed (Back, Forward, a link): until the pages reach it, their moves add no history entry. */
let following: string | undefined;

function follow(route: Route | undefined) {
  if (!route) return;
  following = formatHash(route);
  const navigation = useNavigation.getState();
  if (route.step && route.step !== navigation.subPage?.id) navigation.openWizardStep(route.step);
  else if (route.area !== navigation.area) navigation.go(route.area);
}

/**
 * The route the page was opened at. A link opens its wizard step; a reload does not: the hash then only echoes the
 * step shown before, and the workspace (the wizard's record, maybe changed since) says which step is current.
 */
function openedRoute(): Route | undefined {
  const route = parseHash(window.location.hash);
  const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return route && entry?.type === 'reload' ? { area: route.area } : route;
}

function titleOf(): string {
  const { area, subPage } = useNavigation.getState();
  const label = areas.find((a) => a.id === area)?.label ?? '';
  return [area === 'setup' && subPage ? subPage.title : undefined, label, 'SF JWT Studio'].filter(Boolean).join(' — ');
}

/**
 * The URL's hash follows the area and the wizard's step (`#/setup/keys`), one history entry per move, so the
 * browser's Back returns to the previous page and a link to a step opens it; the document title names the page.
 */
export function useHashRoute() {
  useEffect(() => {
    follow(openedRoute());
    const sync = () => {
      const route = routeNow();
      const hash = formatHash(route);
      document.title = titleOf();
      if (following !== undefined) {
        if (hash !== following && route.area === parseHash(following)?.area) return;
        following = undefined;
      }
      if (window.location.hash === hash) return;
      // The entry the app was opened with, or one that only lacked the step, is replaced; every move adds one.
      const shown = parseHash(window.location.hash);
      if (shown === undefined || (shown.area === route.area && shown.step === undefined)) {
        window.history.replaceState(null, '', hash);
      } else window.history.pushState(null, '', hash);
    };
    sync();
    const unsubscribe = useNavigation.subscribe(sync);
    const onPop = () => follow(parseHash(window.location.hash));
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, []);
}
