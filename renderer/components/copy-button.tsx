import { useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Writes text to the clipboard and remembers how it went. A refused write (no permission, no focus) is a
 * failure the user is told about, never a "Copied" that did not happen.
 */
export function useCopy() {
  const [state, setState] = useState<CopyState>('idle');
  const copy = async (value: string) => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
      setTimeout(() => setState('idle'), 1500);
    } catch {
      setState('failed');
    }
  };
  return { state, copy };
}

export function copyLabel(state: CopyState): string {
  return state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy';
}

/** What to do when the clipboard refused, announced to screen readers. */
export function CopyFailure({ state }: { state: CopyState }) {
  if (state !== 'failed') return null;
  return (
    <span className="help" role="alert">
      The clipboard refused the copy: select the text and copy it yourself (Ctrl+C, or ⌘C on a Mac).
    </span>
  );
}

/** Copies a value to the clipboard and says so; `label` names what is copied for screen readers and tests. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const { state, copy } = useCopy();
  return (
    <>
      <button type="button" onClick={() => void copy(value)} aria-label={label} disabled={value === ''}>
        {copyLabel(state)}
      </button>
      <CopyFailure state={state} />
    </>
  );
}
