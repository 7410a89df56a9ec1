import { useState } from 'react';

/** Copies a value to the clipboard and says so; `label` names what is copied for screen readers and tests. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
  };
  return (
    <button type="button" onClick={copy} aria-label={label} disabled={value === ''}>
      {copied ? 'Copied' : 'Copy'}
    </button>
  );
}
