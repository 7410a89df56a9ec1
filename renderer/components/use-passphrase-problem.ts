import { useEffect, useState } from 'react';

type PassphraseCheck = (passphrase: string) => string | undefined;

let loaded: PassphraseCheck | undefined;
let loading: Promise<PassphraseCheck> | undefined;

/**
 * The strength check (shared/profiles/passphrase.ts) in its own chunk, fetched the first time a new-passphrase
 * field shows: zxcvbn's dictionaries weigh about 2 MB, ten times the rest of the app, and most visits never
 * set a passphrase.
 */
function loadCheck(): Promise<PassphraseCheck> {
  loading ??= import('../../shared/profiles/passphrase').then((module) => {
    loaded = module.passphraseProblem;
    return loaded;
  });
  return loading;
}

/** Until the check has arrived (a moment, from the app's own files) a passphrase is not yet accepted. */
const pendingCheck: PassphraseCheck = (passphrase) => (passphrase === '' ? undefined : 'Checking how strong it is…');

/** Why a new passphrase is too weak, or undefined: the same rule the Node side enforces at save. */
export function usePassphraseProblem(): PassphraseCheck {
  const [check, setCheck] = useState<PassphraseCheck>(() => loaded ?? pendingCheck);
  useEffect(() => {
    if (loaded) return;
    let mounted = true;
    void loadCheck().then((ready) => {
      if (mounted) setCheck(() => ready);
    });
    return () => {
      mounted = false;
    };
  }, []);
  return check;
}
