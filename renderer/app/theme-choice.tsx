import { useEffect, useId, useState } from 'react';

type Theme = 'system' | 'light' | 'dark';
const STORAGE_KEY = 'sf-jwt-studio.theme';

function storedTheme(): Theme {
  const value = localStorage.getItem(STORAGE_KEY);
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** System (the OS's choice), light or dark: sets color-scheme through data-theme on <html> (app.css). */
export function ThemeChoice() {
  const id = useId();
  const [theme, setTheme] = useState<Theme>(storedTheme);
  useEffect(() => {
    if (theme === 'system') {
      delete document.documentElement.dataset.theme;
      localStorage.removeItem(STORAGE_KEY);
    } else {
      document.documentElement.dataset.theme = theme;
      localStorage.setItem(STORAGE_KEY, theme);
    }
  }, [theme]);
  return (
    <div className="theme-choice">
      <label htmlFor={id}>Theme</label>
      <select id={id} value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </div>
  );
}
