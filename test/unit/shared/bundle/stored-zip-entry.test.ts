import { describe, expect, it } from 'vitest';
import { Zip, ZipPassThrough, type ZipInputFile } from 'fflate';
import { Crc32 } from '@shared/bundle/crc32';
import { StoredZipEntry } from '@shared/bundle/stored-zip-entry';
import { DEFAULT_ZIP_LIMITS } from '@shared/bundle/zip-limits';
import { extractZip } from '@shared/bundle/zip-safety';

type Entry = ZipInputFile & { push(c: Uint8Array, f?: boolean): void };

const NAMES = ['a/foto.jpg', 'kosong.pdf', 'b/pindaian.png'];

function contentOf(name: string): Uint8Array {
  if (name === 'kosong.pdf') return new Uint8Array(0);
  const bytes = new Uint8Array(3 * 65_536 + name.length);
  for (let i = 0; i < bytes.length; i++)
    bytes[i] = ((i * 2_654_435_761) >>> 24) ^ name.charCodeAt(i % name.length);
  return bytes;
}

async function archive(make: (name: string) => Entry | Promise<Entry>): Promise<Uint8Array> {
  const out: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    out.push(chunk);
  });
  for (const name of NAMES) {
    const entry = await make(name);
    entry.mtime = new Date(2026, 0, 2, 3, 4, 6);
    zip.add(entry);
    const bytes = contentOf(name);
    if (bytes.length === 0) entry.push(bytes, true);
    else
      for (let at = 0; at < bytes.length; at += 65_536)
        entry.push(bytes.subarray(at, at + 65_536), at + 65_536 >= bytes.length);
  }
  zip.end();
  const joined = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of out) {
    joined.set(c, at);
    at += c.length;
  }
  return joined;
}

describe('StoredZipEntry', () => {
  it("writes the same archive, byte for byte, as fflate's ZipPassThrough", async () => {
    const ours = await archive((name) => StoredZipEntry.create(name));
    const theirs = await archive((name) => new ZipPassThrough(name));
    expect(ours.length).toBeGreaterThan(6 * 65_536);
    expect(ours).toEqual(theirs);
  });

  it('writes CRCs the reader accepts, and the reader refuses an entry with one byte changed', async () => {
    const bytes = await archive((name) => StoredZipEntry.create(name));
    const read = extractZip(bytes, DEFAULT_ZIP_LIMITS, () => true);
    expect(read.problems).toEqual([]);
    for (const name of NAMES) expect(read.files.get(name)?.data).toEqual(contentOf(name));

    const damaged = bytes.slice();
    const second = contentOf('b/pindaian.png');
    // The stored bytes of b/pindaian.png sit verbatim in the archive: flip one in its middle.
    const at = indexOf(damaged, second.subarray(1000, 1064)) + 32;
    damaged[at] = (damaged[at] ?? 0) ^ 0x01;
    const refused = extractZip(damaged, DEFAULT_ZIP_LIMITS, () => true);
    expect(refused.problems).toEqual([
      expect.objectContaining({ code: 'crc-mismatch', entry: 'b/pindaian.png' }),
    ]);
  });

  it('refuses data before it is added to an archive', () => {
    expect(() => new StoredZipEntry('x.jpg', new Crc32()).push(new Uint8Array(1))).toThrow(
      /belum ditambahkan/,
    );
  });
});

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  throw new Error('not found');
}
