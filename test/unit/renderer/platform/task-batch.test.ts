import { describe, expect, it } from 'vitest';
import { runInTasks } from '../../../../renderer/src/platform/task-batch';
import { CancelledError } from '../../../../renderer/src/platform/zip';

const items = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const later = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('runInTasks (batch work that leaves the UI free between items)', () => {
  it('lets a task queued by one item (a click) run before the next item starts', async () => {
    const log: string[] = [];
    await runInTasks(items(4), (i) => {
      log.push(`item ${i}`);
      setTimeout(() => log.push(`click after ${i}`), 0);
      return Promise.resolve(i);
    });
    await later(5);
    expect(log).toEqual([
      'item 0',
      'click after 0',
      'item 1',
      'click after 1',
      'item 2',
      'click after 2',
      'item 3',
      'click after 3',
    ]);
  });

  it('yields once before every item, including the first (the caller’s task stays short)', async () => {
    const log: string[] = [];
    const yieldToUi = () => {
      log.push('yield');
      return Promise.resolve();
    };
    const pending = runInTasks(items(3), (i) => Promise.resolve(log.push(`item ${i}`)), {
      yieldToUi,
    });
    expect(log).toEqual(['yield']);
    await pending;
    expect(log).toEqual(['yield', 'item 0', 'yield', 'item 1', 'yield', 'item 2']);
  });

  it('returns results in input order when later items finish first, with at most `concurrency` pending', async () => {
    let active = 0;
    let mostActive = 0;
    const results = await runInTasks(
      items(6),
      async (i) => {
        active += 1;
        mostActive = Math.max(mostActive, active);
        await later((6 - i) * 3);
        active -= 1;
        return `surat ${i + 1}`;
      },
      { concurrency: 3 },
    );
    expect(results).toEqual(['surat 1', 'surat 2', 'surat 3', 'surat 4', 'surat 5', 'surat 6']);
    expect(mostActive).toBe(3);
  });

  it('reports progress after each finished item', async () => {
    const progress: string[] = [];
    await runInTasks(items(3), (i) => Promise.resolve(i), {
      onProgress: (done, total) => progress.push(`${done}/${total}`),
    });
    expect(progress).toEqual(['1/3', '2/3', '3/3']);
  });

  it('stops starting items when cancelled and rejects with the Indonesian cancel message', async () => {
    const controller = new AbortController();
    const started: number[] = [];
    const run = runInTasks(
      items(10),
      (i) => {
        started.push(i);
        return Promise.resolve(i);
      },
      { signal: controller.signal, onProgress: (done) => done === 2 && controller.abort() },
    );
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    await expect(run).rejects.toThrow('Dibatalkan oleh pengguna.');
    await later(5);
    expect(started).toEqual([0, 1]);
  });

  it('starts nothing when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const started: number[] = [];
    await expect(
      runInTasks(items(3), (i) => Promise.resolve(started.push(i)), { signal: controller.signal }),
    ).rejects.toBeInstanceOf(CancelledError);
    await later(5);
    expect(started).toEqual([]);
  });

  it('rejects with the first failure and starts no further items', async () => {
    const started: number[] = [];
    const run = runInTasks(items(5), (i) => {
      started.push(i);
      return i === 1
        ? Promise.reject(new Error('Gagal membuat PDF: huruf rusak'))
        : Promise.resolve(i);
    });
    await expect(run).rejects.toThrow('Gagal membuat PDF: huruf rusak');
    await later(5);
    expect(started).toEqual([0, 1]);
  });

  it('resolves an empty batch to an empty list', async () => {
    await expect(runInTasks([], () => Promise.resolve(1))).resolves.toEqual([]);
  });
});
