import type { ReactNode } from 'react';

/** A banner: `ok` after something worked, `warning` for what needs attention, `info` for guidance. */
export function Notice({ tone, children }: { tone: 'ok' | 'warning' | 'info'; children: ReactNode }) {
  return (
    <div className={`notice ${tone}`} role={tone === 'warning' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
