import { crc32 as zlibCrc32 } from 'node:zlib';
import type { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Zip, ZipPassThrough, type ZipInputFile } from 'fflate';
import type { Crc32Offload } from '@shared/bundle/crc32-offload';
import { StoredZipEntry } from '@shared/bundle/stored-zip-entry';
import { knownCrc32 } from '@shared/bundle/known-crc32';
import { DEFAULT_ZIP_LIMITS } from '@shared/bundle/zip-limits';
import { extractZip, inspectZip } from '@shared/bundle/zip-safety';
import { startCrc32Thread } from '../../../support/crc32-threads';

type Entry = ZipInputFile & { push(c: Uint8Array, f?: boolean): unknown };

const NAMES = ['a/foto.jpg', 'kosong.pdf', 'b/pindaian.png', 'c/besar.jpg'];

function contentOf(name: string): Uint8Array {
  if (name === 'kosong.pdf') return new Uint8Array(0);
  // c/besar.jpg is larger than one of the worker's 1 MiB buffers.
  const bytes = new Uint8Array((name === 'c/besar.jpg' ? 40 : 3) * 65_536 + name.length);
  for (let i = 0; i < bytes.length; i++)
    bytes[i] = ((i * 2_654_435_761) >>> 24) ^ name.charCodeAt(i % name.length);
  return bytes;
}

/** An archive of NAMES; chunks are pushed without waiting, as fast as the entry takes them. */
async function archive(make: (name: string) => Entry): Promise<Uint8Array> {
  const out: Uint8Array[] = [];
  let failure: Error | undefined;
  let end!: () => void;
  const ended = new Promise<void>((resolve) => (end = resolve));
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else out.push(chunk.slice());
    if (error || final) end();
  });
  for (const name of NAMES) {
    const entry = make(name);
    entry.mtime = new Date(2026, 0, 2, 3, 4, 6);
    zip.add(entry);
    const bytes = contentOf(name);
    // 600 KiB pieces: some fill part of a worker buffer, the large file's span two.
    const step = name === 'c/besar.jpg' ? 1_600_000 : 65_536;
    if (bytes.length === 0) await entry.push(bytes, true);
    else
      for (let at = 0; at < bytes.length; at += step)
        await entry.push(bytes.subarray(at, at + step), at + step >= bytes.length);
  }
  zip.end();
  await ended;
  if (failure) throw failure;
  const joined = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of out) {
    joined.set(c, at);
    at += c.length;
  }
  return joined;
}

let offload: Crc32Offload;
let thread: Worker;
beforeAll(async () => {
  ({ offload, thread } = await startCrc32Thread());
});
afterAll(() => offload.close());

describe('StoredZipEntry with the CRC-32 on a worker thread', () => {
  it("writes the same archive, byte for byte, as fflate's ZipPassThrough", async () => {
    const ours = await archive((name) => new StoredZipEntry(name, offload.start()));
    const theirs = await archive((name) => new ZipPassThrough(name));
    expect(ours.length).toBeGreaterThan(40 * 65_536);
    // Buffer.equals: vitest's deep equality walks megabytes element by element.
    expect(Buffer.from(ours).equals(theirs)).toBe(true);
  });

  it('writes each file’s own CRC-32 in the central directory and in its data descriptor', async () => {
    const bytes = await archive((name) => new StoredZipEntry(name, offload.start()));
    const { entries } = inspectZip(bytes, DEFAULT_ZIP_LIMITS);
    expect(entries.map((e) => e.name)).toEqual(NAMES);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (const entry of entries) {
      const expected = zlibCrc32(contentOf(entry.name)) >>> 0;
      expect(entry.crc32).toBe(expected);
      // Stored: the data descriptor (signature, CRC, sizes) follows the file's bytes directly.
      const local = entry.localHeaderOffset;
      const dataAt =
        local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const descriptor = dataAt + entry.compressedSize;
      expect(view.getUint32(descriptor, true)).toBe(0x08074b50);
      expect(view.getUint32(descriptor + 4, true)).toBe(expected);
    }
    const read = extractZip(bytes, DEFAULT_ZIP_LIMITS, () => true);
    expect(read.problems).toEqual([]);
    for (const name of NAMES)
      expect(
        Buffer.from(contentOf(name)).equals(read.files.get(name)?.data ?? new Uint8Array(1)),
      ).toBe(true);
  });

  it('refuses data before it is added to an archive, and after its final chunk', async () => {
    await expect(
      new StoredZipEntry('x.jpg', offload.start()).push(new Uint8Array(1)),
    ).rejects.toThrow(/belum ditambahkan/);
    const entry = new StoredZipEntry('y.jpg', offload.start());
    let ended!: () => void;
    const archiveEnded = new Promise<void>((resolve) => (ended = resolve));
    const zip = new Zip((_error, _chunk, final) => {
      if (final) ended();
    });
    zip.add(entry);
    await entry.push(new Uint8Array(3), true);
    await expect(entry.push(new Uint8Array(1))).rejects.toThrow(/sudah ditutup/);
    zip.end();
    await archiveEnded;
    expect(entry.crc).toBe(zlibCrc32(new Uint8Array(3)) >>> 0);
  });
});

describe('StoredZipEntry with a CRC-32 the store already has', () => {
  it("writes the same archive, byte for byte, as fflate's ZipPassThrough", async () => {
    const ours = await archive(
      (name) => new StoredZipEntry(name, knownCrc32(zlibCrc32(contentOf(name)) >>> 0)),
    );
    const theirs = await archive((name) => new ZipPassThrough(name));
    expect(Buffer.from(ours).equals(theirs)).toBe(true);
  });

  it('refuses a value that is no CRC-32, and a second digest', async () => {
    for (const value of [-1, 2 ** 32, 1.5, Number.NaN])
      expect(() => knownCrc32(value), String(value)).toThrow(RangeError);
    const known = knownCrc32(0xffffffff);
    await known.update(new Uint8Array(2));
    expect(await known.digest()).toBe(0xffffffff);
    await expect(known.digest()).rejects.toThrow(/sudah selesai/);
    await expect(known.update(new Uint8Array(1))).rejects.toThrow(/sudah selesai/);
  });
});

describe('a CRC-32 worker that stops', () => {
  it('ends the archive with a clear error instead of a final chunk', async () => {
    const chunks: boolean[] = [];
    const zip = new Zip((error, _chunk, final) => {
      if (!error) chunks.push(final);
    });
    const entry = new StoredZipEntry('foto.jpg', offload.start());
    zip.add(entry);
    await entry.push(contentOf('a/foto.jpg'));
    await thread.terminate();
    // The chunk's copy for the hash is refused, so the final chunk never reaches the archive.
    const failed = await entry.push(contentOf('a/foto.jpg'), true).then(
      () => 'selesai',
      (error: Error) => error.message,
    );
    expect(failed).toMatch(/Penghitung CRC-32 di latar belakang berhenti .*arsip ZIP tidak dibuat/);
    zip.end();
    expect(chunks).not.toContain(true);
    expect(offload.failed?.message).toBe(failed);
    await expect(offload.start().update(new Uint8Array(1))).rejects.toThrow(failed);
  });

  it('gives the archive the error when the worker stops before the CRC of the last chunk comes back', async () => {
    const own = await startCrc32Thread();
    try {
      let refused!: (message: string) => void;
      const archiveError = new Promise<string>((resolve) => (refused = resolve));
      const chunks: boolean[] = [];
      const zip = new Zip((error, _chunk, final) => {
        if (error) refused(error.message);
        else chunks.push(final);
      });
      const entry = new StoredZipEntry('pindaian.png', own.offload.start());
      zip.add(entry);
      await entry.push(contentOf('b/pindaian.png'));
      await own.thread.terminate();
      await entry.push(new Uint8Array(0), true);
      expect(await archiveError).toMatch(/berhenti .*arsip ZIP tidak dibuat/);
      expect(chunks).not.toContain(true);
    } finally {
      own.offload.close();
    }
  });
});
