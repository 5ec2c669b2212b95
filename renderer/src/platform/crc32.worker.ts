import { serveCrc32, type Crc32Request } from '@shared/bundle/crc32-service';

/** The ZIP writer's CRC-32 worker (see crc32-worker.ts): the shared service on this worker's port. */
serveCrc32({
  post: (reply, transfer) => self.postMessage(reply, { transfer }),
  listen: (onRequest) =>
    self.addEventListener('message', (event: MessageEvent<Crc32Request>) => onRequest(event.data)),
});
