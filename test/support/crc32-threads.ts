import { Worker } from 'node:worker_threads';
import { Crc32Offload } from '@shared/bundle/crc32-offload';
import type { Crc32Reply } from '@shared/bundle/crc32-service';

/**
 * `Crc32Offload` on a Node worker thread running crc32-thread.ts, the Node counterpart of the
 * window's renderer/src/platform/crc32-worker.ts (`thread` lets a test stop it midway). Run from
 * the repository's root: the thread finds tsx from there. The thread does not keep the process
 * alive.
 */
export function crc32Thread(): { offload: Crc32Offload; thread: Worker } {
  // Node 20 does not apply `--import tsx` inside a worker: the thread registers tsx itself first.
  const entry = new URL('./crc32-thread.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(entry)}); })`;
  const thread = new Worker(boot, { eval: true });
  thread.unref();
  const offload = new Crc32Offload({
    post: (request, transfer) => thread.postMessage(request, transfer),
    listen: (onReply, onFailure) => {
      thread.on('message', (reply: Crc32Reply) => onReply(reply));
      thread.on('error', onFailure);
      thread.on('exit', (code) => onFailure(`pekerja keluar dengan kode ${code}`));
    },
    close: () => void thread.terminate(),
  });
  return { offload, thread };
}

/** `crc32Thread`, once one CRC went there and back: its start (tsx, WebAssembly) is behind. */
export async function startCrc32Thread(): Promise<{ offload: Crc32Offload; thread: Worker }> {
  const started = crc32Thread();
  const warmUp = started.offload.start();
  await warmUp.update(new Uint8Array(1));
  await warmUp.digest();
  return started;
}
