import { CancelledError } from './zip';
import { yieldToUi } from './yield-to-ui';

/**
 * Runs `work` over a list without ever doing two items' main-thread work in one task, so a click
 * during a batch of 100 letters waits for at most one item's synchronous part (one definition
 * built, one message posted), not for the whole batch.
 *
 * Each item starts in a fresh task (after `yieldToUi`), at most `concurrency` items are pending at
 * once (so a worker behind `work` stays busy without a backlog of 100 definitions held in memory),
 * results come back in input order whatever order they finish in, `onProgress` reports after each
 * finished item, and an aborted `signal` stops starting new items and rejects with CancelledError.
 */
export interface TaskBatchOptions {
  /** Items pending at once (default 1). */
  concurrency?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /** Resolves in a later task; the default lets input and rendering run first (see `yieldToUi`). */
  yieldToUi?: () => Promise<void>;
}

export function runInTasks<T, R>(
  items: readonly T[],
  work: (item: T, index: number) => Promise<R>,
  options: TaskBatchOptions = {},
): Promise<R[]> {
  const total = items.length;
  const limit = Math.max(1, Math.floor(options.concurrency ?? 1));
  const pause = options.yieldToUi ?? yieldToUi;
  const results = new Array<R>(total);
  let done = 0;
  let failed = false;
  return new Promise<R[]>((resolve, reject) => {
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      options.signal?.removeEventListener('abort', onAbort);
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    const onAbort = () => fail(new CancelledError());
    if (options.signal?.aborted) {
      fail(new CancelledError());
      return;
    }
    options.signal?.addEventListener('abort', onAbort, { once: true });
    let next = 0;
    // One lane per concurrent slot; each lane yields, starts one item, waits for it, and repeats.
    const lane = async (): Promise<void> => {
      while (!failed && next < total) {
        await pause();
        if (failed || next >= total) return;
        const index = next;
        next += 1;
        const item = items[index] as T;
        results[index] = await work(item, index);
        if (failed) return;
        done += 1;
        options.onProgress?.(done, total);
      }
    };
    const lanes = Array.from({ length: Math.min(limit, total) }, () => lane().catch(fail));
    void Promise.all(lanes).then(() => {
      if (failed) return;
      options.signal?.removeEventListener('abort', onAbort);
      resolve(results);
    });
  });
}
