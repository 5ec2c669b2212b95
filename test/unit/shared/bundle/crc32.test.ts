import { randomBytes } from 'node:crypto';
import { crc32 as zlibCrc32 } from 'node:zlib';
import type * as hashWasm from 'hash-wasm';
import { createCRC32 } from 'hash-wasm';
import { describe, expect, it, vi } from 'vitest';
import { Crc32, createFastCrc32, type Crc32Hash } from '@shared/bundle/crc32';

vi.mock('hash-wasm', async (original) => {
  const real = await original<typeof hashWasm>();
  return { ...real, createCRC32: vi.fn(real.createCRC32) };
});

const makers: [string, () => Promise<Crc32Hash>][] = [
  ['Crc32 (crc-32)', () => Promise.resolve(new Crc32())],
  ['createFastCrc32 (hash-wasm)', createFastCrc32],
];

describe.each(makers)('%s', (_, make) => {
  it('matches the standard check value of "123456789"', async () => {
    const hash = await make();
    expect(hash.update(new TextEncoder().encode('123456789')).digest()).toBe(0xcbf43926);
  });

  it('is 0 for no bytes', async () => {
    expect((await make()).update(new Uint8Array(0)).digest()).toBe(0);
  });

  it.each([1, 1000, 1 << 20, (3 << 20) + 17])(
    'equals zlib over %i random bytes fed in uneven chunks',
    async (n) => {
      const bytes = new Uint8Array(randomBytes(n));
      const hash = await make();
      for (let at = 0; at < n; at += 65_521) hash.update(bytes.subarray(at, at + 65_521));
      expect(hash.digest()).toBe(zlibCrc32(bytes));
    },
  );
});

describe('createFastCrc32', () => {
  it('refuses bytes after its digest; the next hash starts from zero', async () => {
    const a = new Uint8Array(randomBytes(5000));
    const b = new Uint8Array(randomBytes(7000));
    const first = await createFastCrc32();
    expect(first.update(a).digest()).toBe(zlibCrc32(a));
    expect(() => first.update(b)).toThrow(/sudah selesai/);
    expect(() => first.digest()).toThrow(/sudah selesai/);
    expect((await createFastCrc32()).update(b).digest()).toBe(zlibCrc32(b));
  });

  it('keeps separate hashes apart when their chunks interleave', async () => {
    const [x, y] = await Promise.all([createFastCrc32(), createFastCrc32()]);
    const a = new Uint8Array(randomBytes(200_000));
    const b = new Uint8Array(randomBytes(300_000));
    for (let at = 0; at < b.length; at += 50_000) {
      if (at < a.length) x.update(a.subarray(at, at + 50_000));
      y.update(b.subarray(at, at + 50_000));
    }
    expect([x.digest(), y.digest()]).toEqual([zlibCrc32(a), zlibCrc32(b)]);
  });

  it('makes no new WebAssembly instance while a finished one is free', async () => {
    (await createFastCrc32()).digest();
    const made = vi.mocked(createCRC32);
    const before = made.mock.calls.length;
    for (let i = 0; i < 10; i++) {
      const bytes = new Uint8Array(randomBytes(100 + i));
      expect((await createFastCrc32()).update(bytes).digest()).toBe(zlibCrc32(bytes));
    }
    expect(made.mock.calls.length - before).toBe(0);
  });
});
