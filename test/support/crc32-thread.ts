// A worker thread running the ZIP writer's CRC-32 service (the window runs the same service in
// renderer/src/platform/crc32.worker.ts): the Node side for unit tests and the zip figure.
import { parentPort } from 'node:worker_threads';
import { serveCrc32, type Crc32Request } from '@shared/bundle/crc32-service';

const port = parentPort;
if (!port) throw new Error('crc32-thread.ts harus dijalankan sebagai worker thread');
serveCrc32({
  post: (reply, transfer) => port.postMessage(reply, transfer),
  listen: (onRequest) => port.on('message', (request: Crc32Request) => onRequest(request)),
});
