// Load data for a view: loading / ready / error, cancelled when inputs change or the view unmounts.
import { useEffect, useState } from 'preact/hooks';

export type Async<T> =
  | { state: 'loading'; data?: T }
  | { state: 'ready'; data: T }
  | { state: 'error'; error: Error; data?: T };

export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): Async<T> {
  const [st, setSt] = useState<Async<T>>({ state: 'loading' });
  useEffect(() => {
    const ctl = new AbortController();
    // Keep the previous data while reloading so tables do not flash empty.
    setSt((prev) => ({ state: 'loading', data: prev.data }));
    load(ctl.signal).then(
      (data) => { if (!ctl.signal.aborted) setSt({ state: 'ready', data }); },
      (error: unknown) => {
        if (ctl.signal.aborted) return;
        setSt({ state: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => ctl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return st;
}
