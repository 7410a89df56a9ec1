import { ErrorMessage } from '../components/error-message';
import { useAppInfo } from './app-info-store';
import { ThemeChoice } from './theme-choice';

export function AppHeader() {
  const { info, error } = useAppInfo();
  return (
    <header className="app-header">
      <h1 className="app-title">SF JWT Studio</h1>
      {info ? (
        <p className="app-host">
          <span className="badge">{info.host === 'electron' ? 'Desktop' : 'Browser'}</span>
          <span data-testid="host-kind">{info.host}</span> · v{info.version}
        </p>
      ) : null}
      <ThemeChoice />
      {error ? <ErrorMessage error={error} /> : null}
    </header>
  );
}
