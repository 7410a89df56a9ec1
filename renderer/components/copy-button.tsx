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

/**
 * Copies a value to the clipboard and says so; `label` names what is copied for screen readers and tests. The
 * value may be fetched at the click (an access token from the Node side, a freshly signed assertion): undefined
 * then means there is nothing to copy (the caller shows why).
 */
export function CopyButton({
  value,
  label,
  text = 'Copy',
  disabled = false,
}: {
  value: string | (() => Promise<string | undefined>);
  label: string;
  text?: string;
  disabled?: boolean;
}) {
  const { state, copy } = useCopy();
  const onClick = async () => {
    const copied = typeof value === 'string' ? value : await value().catch(() => undefined);
    if (copied !== undefined) await copy(copied);
  };
  return (
    <>
      <button type="button" onClick={() => void onClick()} aria-label={label} disabled={disabled || value === ''}>
        {state === 'idle' ? text : copyLabel(state)}
      </button>
      <CopyFailure state={state} />
    </>
  );
}
