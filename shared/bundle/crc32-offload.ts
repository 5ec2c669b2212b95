import type { Crc32Request, Crc32Reply } from './crc32-service';

/**
 * The main side of a CRC-32 worker (a Web Worker in the window, a worker thread in Node), so that
 * the CRC of a stored ZIP entry runs on another core while the main thread reads and writes.
 * Chunks are copied into a few reused buffers that travel to the worker and back (transferred, not
 * cloned): at most `buffers` chunks are in flight, so a slow worker holds the writer back instead
 * of queueing copies without bound.
 */
export interface Crc32Channel {
  post(request: Crc32Request, transfer: ArrayBuffer[]): void;
  /** Calls `onReply` with each reply and `onFailure` once if the worker cannot go on. */
  listen(onReply: (reply: Crc32Reply) => void, onFailure: (error: unknown) => void): void;
  close(): void;
}

/** A running CRC-32 whose chunks are hashed elsewhere: `update` returns once the chunk is copied. */
export interface AsyncCrc32 {
  update(chunk: Uint8Array): Promise<void>;
  digest(): Promise<number>;
}

export class Crc32WorkerError extends Error {
  constructor(detail: string) {
    super(`Penghitung CRC-32 di latar belakang berhenti (${detail}); arsip ZIP tidak dibuat.`);
    this.name = 'Crc32WorkerError';
  }
}

interface Waiter<T> {
  resolve: (value: T) => void;
  reject: (error: Error) => void;
}

function detailOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  return 'galat tidak dikenal';
}

export class Crc32Offload {
  private readonly free: ArrayBuffer[];
  private readonly bufferWaiters: Waiter<ArrayBuffer>[] = [];
  private readonly digests = new Map<number, Waiter<number>>();
  private nextEntry = 1;
  private failure: Crc32WorkerError | undefined;

  constructor(
    private readonly channel: Crc32Channel,
    buffers = 4,
    private readonly bufferSize = 1024 * 1024,
  ) {
    this.free = Array.from({ length: buffers }, () => new ArrayBuffer(bufferSize));
    channel.listen(
      (reply) => this.receive(reply),
      (error) => this.fail(new Crc32WorkerError(detailOf(error))),
    );
  }

  /** Set once the worker failed; every later call rejects with it. */
  get failed(): Error | undefined {
    return this.failure;
  }

  /** A new running CRC-32, hashed by the worker in the order its chunks are given. */
  start(): AsyncCrc32 {
    const entry = this.nextEntry;
    this.nextEntry += 1;
    let finished = false;
    return {
      update: async (chunk) => {
        if (finished) throw new Error('CRC-32 ini sudah selesai dihitung.');
        for (let at = 0; at < chunk.length; at += this.bufferSize) {
          const piece = chunk.subarray(at, Math.min(chunk.length, at + this.bufferSize));
          const buffer = this.free.pop() ?? (await this.nextFreeBuffer());
          this.check();
          new Uint8Array(buffer).set(piece);
          this.channel.post({ entry, buffer, length: piece.length }, [buffer]);
        }
      },
      digest: () => {
        if (finished) return Promise.reject(new Error('CRC-32 ini sudah selesai dihitung.'));
        finished = true;
        return new Promise<number>((resolve, reject) => {
          if (this.failure) {
            reject(this.failure);
            return;
          }
          this.digests.set(entry, { resolve, reject });
          this.channel.post({ entry, final: true }, []);
        });
      },
    };
  }

  close(): void {
    this.fail(new Crc32WorkerError('ditutup'));
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }

  private nextFreeBuffer(): Promise<ArrayBuffer> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => this.bufferWaiters.push({ resolve, reject }));
  }

  private receive(reply: Crc32Reply): void {
    if (this.failure) return;
    if ('failure' in reply) {
      this.fail(new Crc32WorkerError(reply.failure));
    } else if ('buffer' in reply) {
      // A returned buffer goes straight to the longest waiting chunk, if any.
      const waiter = this.bufferWaiters.shift();
      if (waiter) waiter.resolve(reply.buffer);
      else this.free.push(reply.buffer);
    } else {
      const waiter = this.digests.get(reply.entry);
      this.digests.delete(reply.entry);
      waiter?.resolve(reply.crc);
    }
  }

  private fail(error: Crc32WorkerError): void {
    if (this.failure) return;
    this.failure = error;
    for (const waiter of [...this.bufferWaiters, ...this.digests.values()]) waiter.reject(error);
    this.bufferWaiters.length = 0;
    this.digests.clear();
    this.channel.close();
  }
}
