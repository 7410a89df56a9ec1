import { useEffect, useRef } from 'react';
import { AppHeader } from './app-header';
import { useAppInfo } from './app-info-store';
import { AppNav } from './app-nav';
import { areas } from './areas';
import { useNavigation } from './navigation-store';
import { useHashRoute } from './use-hash-route';

/** After a move to another area, focus goes to its heading: a screen reader says where it is, Tab starts there. */
function useFocusOnAreaChange(area: string) {
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
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
  const { Page, label } = current;
  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main-content"
        onClick={(e) => {
          // The hash is the app's route: move focus to the page without changing it.
          e.preventDefault();
          main.current?.focus();
        }}
      >
        Skip to the page
      </a>
      <AppHeader />
      <AppNav />
      <main className="app-main" aria-label={label} id="main-content" tabIndex={-1} ref={main}>
        <Page />
      </main>
    </div>
  );
}
