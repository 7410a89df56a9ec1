import { useEffect } from 'react';
import { AppHeader } from './app-header';
import { useAppInfo } from './app-info-store';
import { AppNav } from './app-nav';
import { AreaBoundary } from './area-boundary';
import { areas } from './areas';
import { useNavigation } from './navigation-store';

export function App() {
  const area = useNavigation((s) => s.area);
  const load = useAppInfo((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  const current = areas.find((a) => a.id === area) ?? areas[0];
  if (!current) return null;
  const { Page, label, id } = current;
  return (
    <div className="app">
      <AppHeader />
      <AppNav />
      <main className="app-main" aria-label={label}>
        <AreaBoundary key={id} label={label}>
          <Page />
        </AreaBoundary>
      </main>
    </div>
  );
}
