import { open } from 'node:fs/promises';

/**
 * A few reusable read buffers for the zip figure's two modes. A buffer is handed out again only
 * when nothing holds it: not the reader, and no write of a chunk that lies in it. Reading into the
 * same few buffers keeps them in cache and spares the page faults of a fresh buffer per read.
 */
export class ChunkRing {
  private readonly buffers: Uint8Array[];
  private readonly holds = new Map<ArrayBufferLike, number>();
  private turn = 0;
  private wake: (() => void) | undefined;

  constructor(count: number, size: number) {
    this.buffers = Array.from({ length: count }, () => new Uint8Array(size));
    for (const buffer of this.buffers) this.holds.set(buffer.buffer, 0);
  }

  /** The next buffer in turn, once free; the caller holds it until it calls the release. */
  async take(): Promise<{ buffer: Uint8Array; release: () => void }> {
    const buffer = this.buffers[this.turn] as Uint8Array;
    this.turn = (this.turn + 1) % this.buffers.length;
    while ((this.holds.get(buffer.buffer) ?? 0) > 0)
      await new Promise<void>((resolve) => (this.wake = resolve));
    return { buffer, release: this.hold(buffer) };
  }

  /** Holds the ring buffer a chunk lies in (nothing for other chunks) until the release is called. */
  hold(chunk: Uint8Array): () => void {
    const key = chunk.buffer;
    const count = this.holds.get(key);
    if (count === undefined) return () => undefined;
    this.holds.set(key, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds.set(key, (this.holds.get(key) ?? 1) - 1);
      const wake = this.wake;
      this.wake = undefined;
      wake?.();
    };
  }
}

/**
 * A file's bytes as chunks in ring buffers, with the next read already in flight while the caller
 * handles the current chunk. A chunk stays valid until the caller asks for the next one; whoever
 * keeps it longer (a queued write) holds it through `ring.hold`.
 */
export async function* readChunks(ring: ChunkRing, path: string): AsyncGenerator<Uint8Array> {
  const file = await open(path);
  let next = await ring.take();
  let reading = file.read(next.buffer, 0, next.buffer.length, null);
  try {
    for (;;) {
      const current = next;
      const { bytesRead } = await reading;
      if (bytesRead === 0) {
        current.release();
        return;
      }
      next = await ring.take();
      reading = file.read(next.buffer, 0, next.buffer.length, null);
      try {
        yield current.buffer.subarray(0, bytesRead);
      } finally {
        current.release();
      }
    }
  } finally {
    await reading.catch(() => undefined);
    next.release();
    await file.close();
  }
}
