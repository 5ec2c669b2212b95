import { createFastCrc32, type Crc32Hash } from './crc32';

/**
 * The worker side of `Crc32Offload`: the same hash-wasm CRC-32 (`createFastCrc32`) the writer
 * used on the main thread, one running hash per entry. Each chunk's buffer goes back to the main
 * side as soon as it is hashed; an entry's final request answers with its CRC. Requests are handled
 * strictly in the order they arrive.
 */
export type Crc32Request =
  { entry: number; buffer: ArrayBuffer; length: number } | { entry: number; final: true };

export type Crc32Reply =
  { buffer: ArrayBuffer } | { entry: number; crc: number } | { failure: string };

/** What a worker offers its code: a Web Worker's `self` or Node's `parentPort`, adapted. */
export interface Crc32ServicePort {
  post(reply: Crc32Reply, transfer: ArrayBuffer[]): void;
  listen(onRequest: (request: Crc32Request) => void): void;
}

export function serveCrc32(port: Crc32ServicePort): void {
  const hashes = new Map<number, Crc32Hash>();
  let broken = false;

  async function hashOf(entry: number): Promise<Crc32Hash> {
    const known = hashes.get(entry);
    if (known) return known;
    const created = await createFastCrc32();
    hashes.set(entry, created);
    return created;
  }

  async function handle(request: Crc32Request): Promise<void> {
    const hash = await hashOf(request.entry);
    if ('final' in request) {
      hashes.delete(request.entry);
      port.post({ entry: request.entry, crc: hash.digest() }, []);
      return;
    }
    hash.update(new Uint8Array(request.buffer, 0, request.length));
    port.post({ buffer: request.buffer }, [request.buffer]);
  }

  let queue = Promise.resolve();
  port.listen((request) => {
    queue = queue
      .then(() => (broken ? undefined : handle(request)))
      .catch((error: unknown) => {
        broken = true;
        port.post({ failure: error instanceof Error ? error.message : String(error) }, []);
      });
  });
}
