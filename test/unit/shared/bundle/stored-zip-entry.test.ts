import { describe, expect, it } from 'vitest';
import { Zip, ZipPassThrough, type ZipInputFile } from 'fflate';
import { StoredZipEntry } from '@shared/bundle/stored-zip-entry';

function archive(
  make: (name: string) => ZipInputFile & { push(c: Uint8Array, f?: boolean): void },
) {
  const out: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    out.push(chunk);
  });
  const bytes = new Uint8Array(3 * 65_536 + 17);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2_654_435_761) >>> 24;
  for (const name of ['a/foto.jpg', 'kosong.pdf']) {
    const entry = make(name);
    entry.mtime = new Date(2026, 0, 2, 3, 4, 6);
    zip.add(entry);
    if (name === 'kosong.pdf') entry.push(new Uint8Array(0), true);
    else
      for (let at = 0; at < bytes.length; at += 65_536)
        entry.push(bytes.subarray(at, at + 65_536), at + 65_536 >= bytes.length);
  }
  zip.end();
  const total = out.reduce((n, c) => n + c.length, 0);
  const joined = new Uint8Array(total);
  let at = 0;
  for (const c of out) {
    joined.set(c, at);
    at += c.length;
  }
  return joined;
}

describe('StoredZipEntry', () => {
  it("writes the same archive, byte for byte, as fflate's ZipPassThrough", () => {
    const ours = archive((name) => new StoredZipEntry(name));
    const theirs = archive((name) => new ZipPassThrough(name));
    expect(ours.length).toBeGreaterThan(3 * 65_536);
    expect(ours).toEqual(theirs);
  });

  it('refuses data before it is added to an archive', () => {
    expect(() => new StoredZipEntry('x.jpg').push(new Uint8Array(1))).toThrow(/belum ditambahkan/);
  });
});
