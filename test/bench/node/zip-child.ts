// Child process of the zip figure: one mode per process so `maxRSS` is this mode's own peak.
//   tsx test/bench/node/zip-child.ts zip|copy <input-dir> <output-file>
import { createReadStream, createWriteStream, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { Zip } from 'fflate';
import { StoredZipEntry } from '@shared/bundle/stored-zip-entry';

async function writeChunk(
  out: ReturnType<typeof createWriteStream>,
  chunk: Uint8Array,
): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

async function zipFolder(dir: string, files: readonly string[], outPath: string): Promise<void> {
  const out = createWriteStream(outPath);
  const queue: Uint8Array[] = [];
  let finished = false;
  const zip = new Zip((error, chunk, final) => {
    if (error) throw error;
    queue.push(chunk);
    if (final) finished = true;
  });
  const flush = async (): Promise<void> => {
    while (queue.length > 0) await writeChunk(out, queue.shift() as Uint8Array);
  };
  for (const name of files) {
    const entry = await StoredZipEntry.create(`lampiran/${name}`);
    zip.add(entry);
    for await (const chunk of createReadStream(join(dir, name), { highWaterMark: 1 << 20 })) {
      entry.push(chunk as Uint8Array);
      await flush();
    }
    entry.push(new Uint8Array(0), true);
    await flush();
  }
  zip.end();
  await flush();
  if (!finished) throw new Error('zip tidak selesai');
  out.end();
  await once(out, 'finish');
}

async function copyFolder(dir: string, files: readonly string[], outPath: string): Promise<void> {
  const out = createWriteStream(outPath);
  for (const name of files) {
    for await (const chunk of createReadStream(join(dir, name), { highWaterMark: 1 << 20 }))
      await writeChunk(out, chunk as Uint8Array);
  }
  out.end();
  await once(out, 'finish');
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
