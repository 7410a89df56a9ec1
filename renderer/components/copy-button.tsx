import { useState } from 'react';

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
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      const copiedValue = typeof value === 'string' ? value : await value();
      if (copiedValue === undefined) return;
      await navigator.clipboard.writeText(copiedValue);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
  };
  return (
    <button type="button" onClick={() => void copy()} aria-label={label} disabled={disabled || value === ''}>
      {copied ? 'Copied' : text}
    </button>
  );
}
