import { describe, expect, it, vi } from 'vitest';
import { inspectZip } from '@shared/bundle/zip-safety';
import { DEFAULT_ZIP_LIMITS } from '@shared/bundle/zip-limits';
import { sha256Hex } from '@shared/bundle/sha256';
import { crc32 } from '@shared/bundle/crc32';
import {
  buildZipBlob,
  CancelledError,
  readZipSafely,
  type ZipWriterFile,
} from '../../../../renderer/src/platform/zip';
import { startCrc32Thread } from '../../../support/crc32-threads';
import * as crc32Worker from '../../../../renderer/src/platform/crc32-worker';

const jpegLike = (n: number, seed: number): Uint8Array => {
  const b = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  b.set([0xff, 0xd8, 0xff, 0xe0]);
  return b;
};

async function* filesOf(list: ZipWriterFile[]): AsyncGenerator<ZipWriterFile> {
  for (const f of list) yield f;
}

describe('streaming zip writer + safe reader', () => {
  it('round-trips files byte for byte, storing photos and deflating text', async () => {
    const files: ZipWriterFile[] = [
      { name: '01_UD Berkah/02_foto_01.jpg', bytes: jpegLike(700_000, 1), compress: false },
      { name: '01_UD Berkah/kosong.txt', bytes: new Uint8Array(0), compress: true },
      {
        name: 'manifest.json',
        bytes: new TextEncoder().encode(JSON.stringify({ a: 'x'.repeat(5000) })),
        compress: true,
      },
    ];
    const progress: number[] = [];
    const blob = await buildZipBlob(filesOf(files), files.length, {
      onProgress: (p) => progress.push(p.done),
    });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const read = readZipSafely(bytes, DEFAULT_ZIP_LIMITS);
    expect(read.problems).toEqual([]);
    for (const f of files) {
      expect(read.files.get(f.name)?.sha256).toBe(sha256Hex(f.bytes));
      expect(read.files.get(f.name)?.data).toEqual(f.bytes);
    }
    const methods = Object.fromEntries(
      inspectZip(bytes, DEFAULT_ZIP_LIMITS).entries.map((e) => [e.name, e.method]),
    );
    expect(methods['01_UD Berkah/02_foto_01.jpg']).toBe(0);
    expect(methods['manifest.json']).toBe(8);
    expect(progress.at(-1)).toBe(3);
    // Stored photo: the archive is barely larger than its content.
    expect(bytes.length).toBeLessThan(700_000 + 2_000);
  });

  it('stops and reports cancellation when the signal is aborted', async () => {
    const controller = new AbortController();
    const files = [1, 2, 3].map((i) => ({
      name: `f${i}.jpg`,
      bytes: jpegLike(1000, i),
      compress: false,
    }));
    const promise = buildZipBlob(filesOf(files), 3, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 1) controller.abort();
      },
    });
    await expect(promise).rejects.toBeInstanceOf(CancelledError);
  });

  it('asks for the next file before writing the current one, in archive order', async () => {
    const log: string[] = [];
    async function* source(): AsyncGenerator<ZipWriterFile> {
      for (const i of [1, 2, 3]) {
        log.push(`baca ${i}`);
        await Promise.resolve();
        yield { name: `f${i}.jpg`, bytes: jpegLike(300_000, i), compress: false };
      }
    }
    const blob = await buildZipBlob(source(), 3, {
      onProgress: (p) => {
        // Reported once before (done = files before it) and once after writing each file.
        if (p.current === `f${p.done}.jpg`) log.push(`tulis ${p.done}`);
      },
    });
    expect(log).toEqual(['baca 1', 'baca 2', 'tulis 1', 'baca 3', 'tulis 2', 'tulis 3']);
    const read = readZipSafely(new Uint8Array(await blob.arrayBuffer()), DEFAULT_ZIP_LIMITS);
    expect(read.problems).toEqual([]);
    expect([...read.files.keys()]).toEqual(['f1.jpg', 'f2.jpg', 'f3.jpg']);
  });

  it('reports a file that fails to load, and closes the source on cancel', async () => {
    async function* failing(): AsyncGenerator<ZipWriterFile> {
      yield { name: 'a.jpg', bytes: jpegLike(1000, 1), compress: false };
      await Promise.resolve();
      throw new Error('Lampiran b.jpg tidak ditemukan.');
    }
    await expect(buildZipBlob(failing(), 2)).rejects.toThrow('Lampiran b.jpg tidak ditemukan.');

    const controller = new AbortController();
    let closed = false;
    async function* slow(): AsyncGenerator<ZipWriterFile> {
      try {
        for (const i of [1, 2, 3]) {
          await new Promise((resolve) => setTimeout(resolve, 5));
          yield { name: `f${i}.jpg`, bytes: jpegLike(1000, i), compress: false };
        }
      } finally {
        closed = true;
      }
    }
    const promise = buildZipBlob(slow(), 3, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 1) controller.abort();
      },
    });
    await expect(promise).rejects.toBeInstanceOf(CancelledError);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(closed).toBe(true);
  });

  it('fails with a clear message, and gives no archive, when the CRC-32 worker stops', async () => {
    // The setup file runs the service on a worker thread (test/support/setup-unit.ts); this one stops.
    const { offload, thread } = await startCrc32Thread();
    const spy = vi.spyOn(crc32Worker, 'crc32Offload').mockReturnValue(offload);
    async function* files(): AsyncGenerator<ZipWriterFile> {
      yield { name: 'a.jpg', bytes: jpegLike(300_000, 1), compress: false };
      await thread.terminate();
      yield { name: 'b.jpg', bytes: jpegLike(300_000, 2), compress: false };
    }
    try {
      await expect(buildZipBlob(files(), 2)).rejects.toThrow(
        /^Penghitung CRC-32 di latar belakang berhenti .*; arsip ZIP tidak dibuat\.$/,
      );
    } finally {
      spy.mockRestore();
    }
  });

  it("stores a file under the CRC-32 the store handed out, without the worker's hashing", async () => {
    const photo = jpegLike(700_000, 7);
    const spy = vi.spyOn(crc32Worker, 'crc32Offload');
    try {
      const given: ZipWriterFile[] = [
        { name: 'foto.jpg', bytes: photo, compress: false, crc32: crc32(photo) },
      ];
      const bytes = new Uint8Array(await (await buildZipBlob(filesOf(given), 1)).arrayBuffer());
      expect(spy).not.toHaveBeenCalled();
      const read = readZipSafely(bytes, DEFAULT_ZIP_LIMITS);
      expect(read.problems).toEqual([]);
      expect(read.files.get('foto.jpg')?.data).toEqual(photo);

      // The value is written as given: a wrong one makes an archive the reader refuses.
      const wrong: ZipWriterFile[] = [
        { name: 'foto.jpg', bytes: photo, compress: false, crc32: (crc32(photo) ^ 1) >>> 0 },
      ];
      const bad = new Uint8Array(await (await buildZipBlob(filesOf(wrong), 1)).arrayBuffer());
      expect(readZipSafely(bad, DEFAULT_ZIP_LIMITS).problems.map((p) => p.code)).toEqual([
        'crc-mismatch',
      ]);
    } finally {
      spy.mockRestore();
    }
  });
});
