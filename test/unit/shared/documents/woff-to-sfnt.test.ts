import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FontFormatError, isWoff, woffToSfnt } from '@shared/documents/woff-to-sfnt';

const require = createRequire(import.meta.url);
const fontFile = (pkg: 'arimo' | 'tinos', name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(dirname(require.resolve(`@fontsource/${pkg}/package.json`)), 'files', name)));

/** The sfnt table checksum: sum of big-endian uint32 words, zero-padded to a multiple of 4. */
function tableChecksum(bytes: Uint8Array, offset: number, length: number): number {
  const padded = new Uint8Array((length + 3) & ~3);
  padded.set(bytes.subarray(offset, offset + length));
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

interface SfntTable {
  tag: string;
  checksum: number;
  offset: number;
  length: number;
}

function sfntTables(sfnt: Uint8Array): SfntTable[] {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const count = view.getUint16(4);
  return Array.from({ length: count }, (_v, i) => {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(...sfnt.subarray(at, at + 4));
    return { tag, checksum: view.getUint32(at + 4), offset: view.getUint32(at + 8), length: view.getUint32(at + 12) };
  });
}

describe('woffToSfnt', () => {
  it.each([
    ['arimo', 'arimo-latin-400-normal.woff'],
    ['arimo', 'arimo-latin-700-normal.woff'],
    ['tinos', 'tinos-latin-400-italic.woff'],
  ] as const)('unpacks %s %s into a TrueType file whose every table matches its recorded checksum', (pkg, name) => {
    const woff = fontFile(pkg, name);
    const sfnt = woffToSfnt(woff);
    const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
    expect(view.getUint32(0)).toBe(0x00010000);
    const tables = sfntTables(sfnt);
    expect(tables.map((t) => t.tag)).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'hmtx', 'loca']));
    expect(tables.length).toBe(new DataView(woff.buffer, woff.byteOffset).getUint16(12));
    for (const table of tables) {
      expect(table.offset % 4, table.tag).toBe(0);
      expect(table.offset + table.length, table.tag).toBeLessThanOrEqual(sfnt.byteLength);
      // `head` carries checkSumAdjustment, which its own checksum is defined without.
      if (table.tag !== 'head') expect(tableChecksum(sfnt, table.offset, table.length), table.tag).toBe(table.checksum);
    }
    expect(sfnt.byteLength).toBeGreaterThan(woff.byteLength);
    expect(isWoff(sfnt)).toBe(false);
  });

  it('refuses bytes that are not a WOFF font, and a truncated one', () => {
    const woff = fontFile('arimo', 'arimo-latin-400-normal.woff');
    expect(isWoff(woff)).toBe(true);
    expect(() => woffToSfnt(new TextEncoder().encode('bukan berkas huruf, hanya teks biasa yang cukup panjang'))).toThrow(FontFormatError);
    expect(() => woffToSfnt(woff.subarray(0, 2000))).toThrow(FontFormatError);
  });
});
