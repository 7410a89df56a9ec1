import { areas } from './areas';
import { useNavigation } from './navigation-store';

export function AppNav() {
  const { area, go } = useNavigation();
  return (
    <nav className="app-nav" aria-label="Main">
      <ul>
        {areas.map((a) => (
          <li key={a.id}>
            <button type="button" aria-current={a.id === area ? 'page' : undefined} onClick={() => go(a.id)}>
              {a.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
