// Child process of the zip figure: one mode per process so `maxRSS` is this mode's own peak.
//   tsx test/bench/node/zip-child.ts zip|zip-hashing|copy <input-dir> <output-file>
// All modes move the bytes the same way: 1 MiB reads into a ring of four reused buffers with the
// next read in flight, and each output chunk written as it comes. The zip modes put fflate's `Zip`
// with `StoredZipEntry` (the app writer's classes) between the read and the write; the ratio to
// the copy is what the zip itself costs. `zip` stores each file under the CRC-32 the attachment
// store hands out with its bytes (computed before the clock, as the store computes it when the file
// is stored; that time is reported); `zip-hashing` computes it on the CRC-32 worker, as the writer
// does for a file whose CRC the store does not have.
import { createWriteStream, readdirSync, statSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { Zip } from 'fflate';
import { StoredZipEntry } from '@shared/bundle/stored-zip-entry';
import type { AsyncCrc32, Crc32Offload } from '@shared/bundle/crc32-offload';
import { Crc32 } from '@shared/bundle/crc32';
import { knownCrc32 } from '@shared/bundle/known-crc32';
import { startCrc32Thread } from '../../support/crc32-threads';
import { ChunkRing, readChunks } from './chunk-ring';

const CHUNK = 1 << 20;
const RING = 4;

async function close(out: WriteStream): Promise<void> {
  out.end();
  await once(out, 'finish');
}

/** Where each entry's CRC-32 comes from: known values by file name, or the worker. */
type CrcSource = { known: ReadonlyMap<string, number> } | { worker: Crc32Offload };

function entryHash(source: CrcSource, name: string): AsyncCrc32 {
  if ('worker' in source) return source.worker.start();
  const value = source.known.get(name);
  if (value === undefined) throw new Error(`CRC-32 ${name} tidak ada`);
  return knownCrc32(value);
}

async function zipFolder(
  dir: string,
  files: readonly string[],
  outPath: string,
  crcs: CrcSource,
): Promise<void> {
  const out = createWriteStream(outPath);
  const ring = new ChunkRing(RING, CHUNK);
  // Chunks read and pushed that fflate has not passed on yet: it holds a file's chunks while the
  // CRC of the file before is still in the worker, and the ring must not reuse their buffers.
  const held = new Map<Uint8Array, () => void>();
  let pushed = 0;
  let passedOn = 0;
  let failure: Error | undefined;
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const zip = new Zip((error, chunk, final) => {
    if (error) {
      failure = error;
      finish();
      return;
    }
    out.write(chunk, ring.hold(chunk));
    const release = held.get(chunk);
    if (release) {
      held.delete(chunk);
      release();
      passedOn += 1;
    }
    if (final) finish();
  });
  for (const name of files) {
    const entry = new StoredZipEntry(`lampiran/${name}`, entryHash(crcs, name));
    zip.add(entry);
    for await (const chunk of readChunks(ring, join(dir, name))) {
      held.set(chunk, ring.hold(chunk));
      pushed += 1;
      await entry.push(chunk);
    }
    await entry.push(new Uint8Array(0), true);
  }
  zip.end();
  await finished;
  if (failure) throw failure;
  // Every chunk read reached the output as the same object: fflate passed it on, not a copy.
  if (passedOn !== pushed || held.size > 0) throw new Error('fflate menyalin potongan data');
  await close(out);
}

async function copyFolder(dir: string, files: readonly string[], outPath: string): Promise<void> {
  const out = createWriteStream(outPath);
  const ring = new ChunkRing(RING, CHUNK);
  for (const name of files) {
    for await (const chunk of readChunks(ring, join(dir, name))) out.write(chunk, ring.hold(chunk));
  }
  await close(out);
}

/**
 * The CRC-32s the browser store computes when files are stored (`Crc32` of @shared/bundle/crc32),
 * read in chunks as the modes read, so this mode's peak memory stays the zip's.
 */
async function storeCrcs(dir: string, files: readonly string[]): Promise<Map<string, number>> {
  const ring = new ChunkRing(RING, CHUNK);
  const known = new Map<string, number>();
  for (const name of files) {
    const hash = new Crc32();
    for await (const chunk of readChunks(ring, join(dir, name))) hash.update(chunk);
    known.set(name, hash.digest());
  }
  return known;
}

const [mode, dir, outPath] = process.argv.slice(2);
if (!dir || !outPath || (mode !== 'zip' && mode !== 'zip-hashing' && mode !== 'copy'))
  throw new Error('pakai: zip-child.ts zip|zip-hashing|copy <folder> <keluaran>');
const files = readdirSync(dir).sort();
const bytes = files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
// Before the clock: the CRC-32 worker starts (the window's stays from one archive to the next), or
// the store's CRC-32s are computed (the store keeps them from when each file was stored).
const startedAt = performance.now();
const crcs: CrcSource | undefined =
  mode === 'zip-hashing'
    ? { worker: (await startCrc32Thread()).offload }
    : mode === 'zip'
      ? { known: await storeCrcs(dir, files) }
      : undefined;
const preparedMs = performance.now() - startedAt;
const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
await (crcs ? zipFolder(dir, files, outPath, crcs) : copyFolder(dir, files, outPath));
const ms = performance.now() - t0;
if (crcs && 'worker' in crcs) crcs.worker.close();
const maxRss = process.resourceUsage().maxRSS * 1024;
console.log(
  JSON.stringify({
    ms,
    bytes,
    outBytes: statSync(outPath).size,
    peakRssMiB: maxRss / 2 ** 20,
    peakGrowthMiB: (maxRss - rssBefore) / 2 ** 20,
    preparedMs,
  }),
);
