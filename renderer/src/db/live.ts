// The one place the screens subscribe to register changes. Dexie's live query re-runs `query`
// whenever a table it read is written (in this window or another), which is what makes readiness
// findings clear as soon as a credential is added on the IKM page.
import { useLiveQuery } from 'dexie-react-hooks';

export type LiveState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

interface Box<T> {
  value?: T;
  error?: string;
}

/**
 * Re-runs `query` (which must read only through repositories) on every relevant change. `initial`
 * (a result read just before, e.g. prefetched at start-up) is shown until the live query answers.
 */
export function useLive<T>(
  query: () => Promise<T>,
  deps: readonly unknown[],
  initial?: T,
): LiveState<T> {
  const box = useLiveQuery<Box<T>, Box<T> | undefined>(
    async () => {
      try {
        return { value: await query() };
      } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
      }
    },
    [...deps],
    initial === undefined ? undefined : { value: initial },
  );
  if (box === undefined) return { status: 'loading' };
  if (box.error !== undefined) return { status: 'error', message: box.error };
  return { status: 'ready', value: box.value as T };
}
