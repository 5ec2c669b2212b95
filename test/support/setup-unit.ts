// Every unit test file gets a fresh in-memory IndexedDB; tests that need Dexie import it normally.
import 'fake-indexeddb/auto';

// The ZIP writer's CRC-32 runs in a Web Worker in the window; Node has none, so unit tests run the
// same CRC-32 service on a worker thread, started when a test first writes a stored entry.
import { vi } from 'vitest';
import type { Crc32Offload } from '@shared/bundle/crc32-offload';
import { crc32Thread } from './crc32-threads';

vi.mock('../../renderer/src/platform/crc32-worker', () => {
  let current: Crc32Offload | undefined;
  return {
    crc32Offload: (): Crc32Offload => {
      if (!current || current.failed) current = crc32Thread().offload;
      return current;
    },
  };
});
