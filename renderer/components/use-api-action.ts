import { useCallback, useState } from 'react';
import type { Result } from '../../shared/api/result';
import type { ErrorShape } from '../../shared/errors/studio-error';

export interface ApiAction {
  busy: boolean;
  error?: ErrorShape;
  /** What the last run did, in words (a file saved, a download handed over). */
  done?: string;
  run(): Promise<void>;
}

/**
 * One API call behind a button: busy while it runs, its coded error, or what it did. `call` makes the request;
 * `report` turns its value into the sentence shown when it worked (and may act on it, e.g. start a download).
 */
export function useApiAction<T>(call: () => Promise<Result<T>>, report: (value: T) => string | undefined): ApiAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorShape>();
  const [done, setDone] = useState<string>();
  const run = useCallback(async () => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    const result = await call();
    setBusy(false);
    if (result.ok) setDone(report(result.value));
    else setError(result.error);
  }, [call, report]);
  return { busy, run, ...(error ? { error } : {}), ...(done ? { done } : {}) };
}
