import { useEffect, useState } from 'react';

export type AsyncState<T> = { status: 'loading'; value?: T } | { status: 'ready'; value: T } | { status: 'error'; message: string; value?: T };

/**
 * Runs `load` whenever `deps` change (or `reload` is bumped); a slower older answer never replaces
 * a newer one. The previous value stays visible while the next one loads (no grid flicker).
 */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setState((s) => ({ status: 'loading', ...(s.value !== undefined ? { value: s.value } : {}) }));
    load().then(
      (value) => {
        if (current) setState({ status: 'ready', value });
      },
      (error: unknown) => {
        if (current) setState((s) => ({ status: 'error', message: error instanceof Error ? error.message : String(error), ...(s.value !== undefined ? { value: s.value } : {}) }));
      },
    );
    return () => {
      current = false;
    };
  }, deps);
  return state;
}
