// Child process of the zip figure: one mode per process so `maxRSS` is this mode's own peak.
//   tsx test/bench/node/zip-child.ts zip|copy <input-dir> <output-file>
// Both modes move the bytes the same way: 1 MiB reads into a ring of four reused buffers with the
// next read in flight, and each output chunk written as it comes. The zip mode puts fflate's `Zip`
// with `StoredZipEntry` (the app writer's classes) between the read and the write; the ratio of
// the two is what the zip itself costs.
import { createWriteStream, readdirSync, statSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { Zip } from 'fflate';
import { StoredZipEntry } from '@shared/bundle/stored-zip-entry';
import { ChunkRing, readChunks } from './chunk-ring';

const CHUNK = 1 << 20;
const RING = 4;

async function close(out: WriteStream): Promise<void> {
  out.end();
  await once(out, 'finish');
}

async function zipFolder(dir: string, files: readonly string[], outPath: string): Promise<void> {
  const out = createWriteStream(outPath);
  const ring = new ChunkRing(RING, CHUNK);
  let last: Uint8Array | undefined;
  let finished = false;
  const zip = new Zip((error, chunk, final) => {
    if (error) throw error;
    last = chunk;
    out.write(chunk, ring.hold(chunk));
    if (final) finished = true;
  });
  for (const name of files) {
    const entry = await StoredZipEntry.create(`lampiran/${name}`);
    zip.add(entry);
    for await (const chunk of readChunks(ring, join(dir, name))) {
      entry.push(chunk);
      // The ring reuses the buffer once its write is done: fflate must have passed it on as is.
      if (last !== chunk) throw new Error('fflate menahan potongan data');
    }
    entry.push(new Uint8Array(0), true);
  }
  zip.end();
  if (!finished) throw new Error('zip tidak selesai');
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

const [mode, dir, outPath] = process.argv.slice(2);
if (!dir || !outPath || (mode !== 'zip' && mode !== 'copy'))
  throw new Error('pakai: zip-child.ts zip|copy <folder> <keluaran>');
const files = readdirSync(dir).sort();
const bytes = files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
await (mode === 'zip' ? zipFolder(dir, files, outPath) : copyFolder(dir, files, outPath));
const ms = performance.now() - t0;
const maxRss = process.resourceUsage().maxRSS * 1024;
console.log(
  JSON.stringify({
    ms,
    bytes,
    outBytes: statSync(outPath).size,
    peakRssMiB: maxRss / 2 ** 20,
    peakGrowthMiB: (maxRss - rssBefore) / 2 ** 20,
  }),
);
