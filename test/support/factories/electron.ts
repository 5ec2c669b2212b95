import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InvokeEventLike } from '../../../electron/main/ipc/invoke-listener';
import { storageHandlers } from '../../../electron/main/ipc/handlers/storage';
import { BlobStore } from '../../../electron/main/services/blob-store';
import { SnapshotStore } from '../../../electron/main/backups/snapshot-store';

/** A fake sender: what the handlers see as `context.sender` in unit tests. */
export interface FakeSender {
  readonly id: number;
}

export function makeInvokeEvent(
  frameUrl: string | null,
  sender: FakeSender = { id: 1 },
): InvokeEventLike<FakeSender> {
  return { senderFrame: frameUrl === null ? null : { url: frameUrl }, sender };
}

export const appFrame = (): InvokeEventLike<FakeSender> =>
  makeInvokeEvent('app://ovop/index.html#/surat');

/** Deterministic bytes of a given length (a register snapshot or an attachment). */
export function makeBytes(length = 64, seed = 7): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 31 + seed) % 256);
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A temp folder removed by the returned `cleanup`. */
export function makeTempDir(prefix = 'ovop-electron-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A sequence of clock readings starting at `iso`, advancing by `stepMs` per call. */
export function makeClock(iso: string, stepMs = 1000): () => Date {
  let t = new Date(iso).getTime();
  return () => {
    const now = new Date(t);
    t += stepMs;
    return now;
  };
}

/** Main's storage handlers over real attachment and snapshot stores in `dir`. */
export function storageIn(dir: string) {
  return storageHandlers<FakeSender>({
    blobs: new BlobStore(`${dir}/attachments`),
    snapshots: new SnapshotStore(`${dir}/backups`, { now: makeClock('2024-05-21T08:00:00Z') }),
    freeSpace: () => Promise.resolve({ freeBytes: 1, totalBytes: 2 }),
  });
}
