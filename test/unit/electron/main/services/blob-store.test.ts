import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BlobStore } from '../../../../../electron/main/services/blob-store';
import { makeBytes, makeTempDir, sha256 } from '../../../../support/factories/electron';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

describe('BlobStore', () => {
  it('stores bytes under their SHA-256 and gives them back', async () => {
    const store = new BlobStore(temp.dir);
    const bytes = makeBytes(100);
    const hash = sha256(bytes);
    expect(await store.put(hash, bytes)).toEqual({ stored: true });
    expect((await store.read(hash))?.bytes).toEqual(bytes);
    expect(await store.has([hash, sha256(makeBytes(5))])).toEqual([hash]);
  });

  it('refuses bytes that do not match the hash, writing nothing', async () => {
    const store = new BlobStore(temp.dir);
    await expect(store.put(sha256(makeBytes(10)), makeBytes(11))).rejects.toThrow(/tidak cocok/);
    expect(readdirSync(temp.dir)).toEqual([]);
  });

  it('is immutable: a second put of the same content writes nothing new', async () => {
    const store = new BlobStore(temp.dir);
    const bytes = makeBytes(20);
    await store.put(sha256(bytes), bytes);
    expect(await store.put(sha256(bytes), bytes)).toEqual({ stored: false });
  });

  it('answers null for an absent blob and refuses names that are not hashes', async () => {
    const store = new BlobStore(temp.dir);
    expect(await store.read(sha256(makeBytes(3)))).toBeNull();
    await expect(store.read('../../etc/passwd')).rejects.toThrow(/tidak sah/);
    await expect(store.has(['../x'])).resolves.toEqual([]);
  });

  it('reports a blob damaged on disk instead of returning wrong bytes', async () => {
    const store = new BlobStore(temp.dir);
    const bytes = makeBytes(30);
    const hash = sha256(bytes);
    await store.put(hash, bytes);
    writeFileSync(join(temp.dir, hash.slice(0, 2), hash), makeBytes(30, 99));
    await expect(store.read(hash)).rejects.toThrow(/rusak/);
    // A put of the right content repairs it.
    expect(await store.put(hash, bytes)).toEqual({ stored: true });
    expect((await store.read(hash))?.bytes).toEqual(bytes);
  });
});
