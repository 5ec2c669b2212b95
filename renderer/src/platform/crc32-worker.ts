import { Crc32Offload } from '@shared/bundle/crc32-offload';
import type { Crc32Reply } from '@shared/bundle/crc32-service';

/**
 * The window's CRC-32 worker for the ZIP writer, started on the first archive and kept for the
 * next one (its WebAssembly is then compiled already). A worker that failed is dropped, and the
 * next archive starts a new one.
 */
let current: Crc32Offload | undefined;

function startWorker(): Crc32Offload {
  const worker = new Worker(new URL('./crc32.worker.ts', import.meta.url), {
    type: 'module',
    name: 'crc32',
  });
  return new Crc32Offload({
    post: (request, transfer) => worker.postMessage(request, transfer),
    listen: (onReply, onFailure) => {
      worker.addEventListener('message', (event: MessageEvent<Crc32Reply>) => onReply(event.data));
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        onFailure(event.message || 'pekerja tidak dapat dimuat');
      });
      worker.addEventListener('messageerror', () => onFailure('pesan tidak terbaca'));
    },
    close: () => worker.terminate(),
  });
}

export function crc32Offload(): Crc32Offload {
  if (!current || current.failed) current = startWorker();
  return current;
}
