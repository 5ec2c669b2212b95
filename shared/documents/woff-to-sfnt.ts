import { unzlibSync } from 'fflate';

/**
 * WOFF 1.0 → plain sfnt (TrueType) bytes, done once per process or worker before fonts are handed
 * to pdfmake. Why: fontkit reads a glyph of a WOFF font by inflating the WHOLE compressed `glyf`
 * table again — two or three times per distinct glyph while measuring and subsetting, in every
 * document. A letter with its lampiran uses ~150 glyphs over three styles, so that inflation was
 * most of the render time. From sfnt bytes fontkit reads glyphs in place.
 *
 * The tables are copied unchanged (checksums from the WOFF directory), so the embedded subsets
 * and the layout are identical to rendering from the `.woff` file.
 */

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

export class FontFormatError extends Error {}

interface WoffTable {
  tag: number;
  offset: number;
  compLength: number;
  origLength: number;
  checksum: number;
}

const pad4 = (n: number): number => (n + 3) & ~3;

function readTables(view: DataView, count: number): WoffTable[] {
  const tables: WoffTable[] = [];
  for (let i = 0; i < count; i++) {
    const at = WOFF_HEADER + i * WOFF_ENTRY;
    tables.push({
      tag: view.getUint32(at),
      offset: view.getUint32(at + 4),
      compLength: view.getUint32(at + 8),
      origLength: view.getUint32(at + 12),
      checksum: view.getUint32(at + 16),
    });
  }
  return tables;
}

function tableData(woff: Uint8Array, table: WoffTable): Uint8Array {
  if (table.offset + table.compLength > woff.byteLength) throw new FontFormatError('Berkas huruf WOFF terpotong');
  const raw = woff.subarray(table.offset, table.offset + table.compLength);
  if (table.compLength >= table.origLength) return raw;
  const out = unzlibSync(raw, { out: new Uint8Array(table.origLength) });
  if (out.byteLength !== table.origLength) throw new FontFormatError('Tabel berkas huruf WOFF rusak');
  return out;
}

/** True when the bytes start with the WOFF 1.0 signature. */
export function isWoff(bytes: Uint8Array): boolean {
  return bytes.byteLength >= WOFF_HEADER && new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0) === WOFF_SIGNATURE;
}

/** Decompresses a WOFF 1.0 font into the equivalent sfnt (TTF/OTF) file. */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  if (!isWoff(woff)) throw new FontFormatError('Berkas huruf bukan WOFF');
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  const flavor = view.getUint32(4);
  const count = view.getUint16(12);
  if (count === 0 || WOFF_HEADER + count * WOFF_ENTRY > woff.byteLength) throw new FontFormatError('Daftar tabel berkas huruf WOFF rusak');
  const tables = readTables(view, count);
  const data = tables.map((t) => tableData(woff, t));
  const directoryEnd = SFNT_HEADER + count * SFNT_ENTRY;
  const size = data.reduce((sum, d) => sum + pad4(d.byteLength), directoryEnd);
  const out = new Uint8Array(size);
  const outView = new DataView(out.buffer);
  let power = 1;
  while (power * 2 <= count) power *= 2;
  outView.setUint32(0, flavor);
  outView.setUint16(4, count);
  outView.setUint16(6, power * 16);
  outView.setUint16(8, Math.log2(power));
  outView.setUint16(10, count * 16 - power * 16);
  let offset = directoryEnd;
  tables.forEach((table, i) => {
    const bytes = data[i] ?? new Uint8Array(0);
    const at = SFNT_HEADER + i * SFNT_ENTRY;
    outView.setUint32(at, table.tag);
    outView.setUint32(at + 4, table.checksum);
    outView.setUint32(at + 8, offset);
    outView.setUint32(at + 12, bytes.byteLength);
    out.set(bytes, offset);
    offset += pad4(bytes.byteLength);
  });
  return out;
}
