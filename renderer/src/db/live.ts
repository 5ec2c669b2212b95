// The one place the screens subscribe to register changes. Dexie's live query re-runs `query`
// whenever a table it read is written (in this window or another), which is what makes readiness
// findings clear as soon as a credential is added on the IKM page.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';

export type LiveState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

export interface LiveBox<T> {
  value?: T;
  error?: string;
}

/** Tells whether a new answer is the same data as the one shown (then nothing renders again). */
export type SameAnswer<T> = (shown: T, next: T) => boolean;

/**
 * One run of a live query, boxed: its value or its error. When `same` finds the value equal to the
 * last answer kept in `memory`, that answer's box itself is returned: React then sees no change
 * and renders nothing again.
 */
export async function answerLive<T>(
  query: () => Promise<T>,
  memory: { box?: LiveBox<T> },
  same?: SameAnswer<T>,
): Promise<LiveBox<T>> {
  try {
    const value = await query();
    const kept = memory.box;
    if (same && kept?.value !== undefined && same(kept.value, value)) return kept;
    return (memory.box = { value });
  } catch (error) {
    return (memory.box = { error: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * Re-runs `query` (which must read only through repositories) on every relevant change. `initial`
 * (a result read just before, e.g. prefetched at start-up) is shown until the live query answers.
 * With `same`, an answer equal to the one shown keeps that one: the live query's first run after a
 * prefetched page, or a write elsewhere in a table the query read, then costs no render. `same`
 * must compare what the screen shows in full (a deep comparison of plain data, not of files).
 */
export function useLive<T>(
  query: () => Promise<T>,
  deps: readonly unknown[],
  initial?: T,
  same?: SameAnswer<T>,
): LiveState<T> {
  const [memory] = useState<{ box?: LiveBox<T> }>(() =>
    initial === undefined ? {} : { box: { value: initial } },
  );
  const box = useLiveQuery<LiveBox<T>, LiveBox<T> | undefined>(
    () => answerLive(query, memory, same),
    [...deps],
    memory.box,
  );
  if (box === undefined) return { status: 'loading' };
  if (box.error !== undefined) return { status: 'error', message: box.error };
  return { status: 'ready', value: box.value as T };
}
