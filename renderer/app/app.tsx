import { useEffect, useRef } from 'react';
import { AppHeader } from './app-header';
import { useAppInfo } from './app-info-store';
import { AppNav } from './app-nav';
import { AreaBoundary } from './area-boundary';
import { areas } from './areas';
import { useNavigation } from './navigation-store';
import { useHashRoute } from './use-hash-route';

/** After a move to another area, focus goes to its heading: a screen reader says where it is, Tab starts there. */
function useFocusOnAreaChange(area: string) {
  const main = useRef<HTMLElement>(null);
  const shown = useRef(area);
  useEffect(() => {
    // Not on the first render: opening the app leaves focus where the browser puts it.
    if (shown.current === area) return;
    shown.current = area;
    const heading = main.current?.querySelector<HTMLElement>('h2');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [area]);
  return main;
}

export function App() {
  const area = useNavigation((s) => s.area);
  const load = useAppInfo((s) => s.load);
  useHashRoute();
  useEffect(() => {
    void load();
  }, [load]);
  const main = useFocusOnAreaChange(area);
  const current = areas.find((a) => a.id === area) ?? areas[0];
  if (!current) return null;
  const { Page, label, id } = current;
  return (
    <div className="app">
      {/* A button, not a link to #main-content: the hash is the app's route. */}
      <button type="button" className="skip-link" onClick={() => main.current?.focus()}>
        Skip to the page
      </button>
      <AppHeader />
      <AppNav />
      <main className="app-main" aria-label={label} id="main-content" tabIndex={-1} ref={main}>
        <AreaBoundary key={id} label={label}>
          <Page />
        </AreaBoundary>
      </main>
    </div>
  );
}
