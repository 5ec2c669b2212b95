import { strFromU8 } from 'fflate';
import { readZipDirectory, type ZipDirectoryEntry } from '../bundle/zip-directory';
import { readZipEntry } from '../bundle/zip-safety';

/**
 * Checks an XLSX before any spreadsheet library parses it. exceljs expands named ranges cell by cell
 * and allocates every row a sheet claims, so a 6 KB file can cost hundreds of MB: refuse such
 * traps from the zip directory and a byte scan of the small XML parts, in well under a second.
 */
export interface XlsxLimits {
  readonly maxEntries: number;
  readonly maxTotalBytes: number;
  readonly maxSheetBytes: number;
  readonly maxSharedStringsBytes: number;
  readonly maxRatio: number;
  readonly maxRows: number;
  readonly maxCells: number;
  readonly maxNamedRangeCells: number;
}

const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxEntries: 1000,
  maxTotalBytes: 150 * 1024 * 1024,
  maxSheetBytes: 40 * 1024 * 1024,
  maxSharedStringsBytes: 30 * 1024 * 1024,
  maxRatio: 250,
  maxRows: 200_000,
  maxCells: 5_000_000,
  maxNamedRangeCells: 100_000,
};

export type PrescanResult =
  { readonly ok: true } | { readonly ok: false; readonly message: string };

const refuse = (message: string): PrescanResult => ({ ok: false, message });
const MB = 1024 * 1024;
const fmt = (n: number): string => `${(n / MB).toFixed(1).replace('.', ',')} MB`;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const MAX_COL = 16_384;
const MAX_ROW = 1_048_576;

/** Cells an A1-style reference covers: `A1:C10`, `$A:$A` (whole column), `$1:$3` (whole rows). */
export function rangeCells(ref: string): number {
  const clean = ref.replace(/\$/g, '').replace(/^.*!/, '').trim();
  const [a = '', b = a] = clean.split(':');
  const parse = (p: string): { col?: number; row?: number } => {
    const m = /^([A-Za-z]{0,3})(\d{0,7})$/.exec(p);
    if (!m) return {};
    return { ...(m[1] ? { col: columnNumber(m[1]) } : {}), ...(m[2] ? { row: Number(m[2]) } : {}) };
  };
  const p = parse(a);
  const q = parse(b);
  const cols = p.col !== undefined && q.col !== undefined ? Math.abs(q.col - p.col) + 1 : MAX_COL;
  const rows = p.row !== undefined && q.row !== undefined ? Math.abs(q.row - p.row) + 1 : MAX_ROW;
  return cols * rows;
}

function readText(
  bytes: Uint8Array,
  entry: ZipDirectoryEntry,
): { ok: true; data: Uint8Array } | { ok: false; message: string } {
  const read = readZipEntry(bytes, entry, true);
  if (!read.ok || !read.data)
    return {
      ok: false,
      message: `Bagian ${entry.name} rusak: ${read.problem?.message ?? 'tidak terbaca'}`,
    };
  return { ok: true, data: read.data };
}

/** Byte scan of a worksheet: the dimension, the number of row elements and the highest row number. */
function scanSheet(data: Uint8Array): {
  dimension?: string;
  rowElements: number;
  maxRow: number;
} {
  const head = strFromU8(data.subarray(0, Math.min(data.length, 4096)), true);
  const dim = /<(?:\w+:)?dimension\s+ref="([^"]{1,40})"/.exec(head)?.[1];
  let rowElements = 0;
  let maxRow = 0;
  // `<row` then space or `>` ("<row r=...", also "<x:row ").
  for (let i = 0; i < data.length - 5; i++) {
    if (data[i] !== 0x3c) continue;
    let j = i + 1;
    if (data[j] === 0x78 && data[j + 1] === 0x3a) j += 2; // "x:" prefix
    if (
      data[j] === 0x72 &&
      data[j + 1] === 0x6f &&
      data[j + 2] === 0x77 &&
      (data[j + 3] === 0x20 || data[j + 3] === 0x3e)
    ) {
      rowElements += 1;
      const slice = strFromU8(data.subarray(j + 3, Math.min(data.length, j + 60)), true);
      const r = /^\s[^>]*?\br="(\d{1,8})"/.exec(slice)?.[1];
      if (r) maxRow = Math.max(maxRow, Number(r));
    }
  }
  return { ...(dim ? { dimension: dim } : {}), rowElements, maxRow };
}

export function prescanXlsx(
  bytes: Uint8Array,
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
): PrescanResult {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    return refuse(
      'Berkas ini bukan XLSX (bukan arsip ZIP). Simpan ulang dari Excel sebagai .xlsx atau .csv.',
    );
  const dir = readZipDirectory(bytes, limits.maxEntries + 1);
  if (!dir.ok) {
    const first = dir.problems[0];
    if (first?.code === 'too-many-entries')
      return refuse(
        `Berkas XLSX berisi terlalu banyak bagian; paling banyak ${limits.maxEntries}.`,
      );
    return refuse(`Berkas XLSX rusak: ${first?.message ?? 'daftar isi ZIP tidak terbaca'}`);
  }
  const { entries, declaredCount } = dir.directory;
  if (declaredCount > limits.maxEntries || entries.length > limits.maxEntries) {
    return refuse(
      `Berkas XLSX berisi terlalu banyak bagian (${declaredCount}); paling banyak ${limits.maxEntries}.`,
    );
  }
  if (entries.some((e) => (e.flags & 0x01) !== 0))
    return refuse(
      'Berkas XLSX dilindungi kata sandi; buka di Excel, hapus kata sandinya, lalu simpan ulang.',
    );
  const workbook = entries.find((e) => e.name === 'xl/workbook.xml');
  if (!workbook)
    return refuse('Berkas ZIP ini bukan buku kerja Excel (xl/workbook.xml tidak ada).');
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (e.method !== 0 && e.method !== 8)
      return refuse(`Bagian ${e.name} memakai kompresi yang tidak didukung.`);
    if (
      e.uncompressedSize > 10 * MB &&
      e.uncompressedSize / Math.max(1, e.compressedSize) > limits.maxRatio
    ) {
      return refuse(
        `Berkas XLSX mencurigakan: bagian ${e.name} mengembang ${Math.round(e.uncompressedSize / Math.max(1, e.compressedSize))} kali (bom ZIP). Berkas ditolak.`,
      );
    }
  }
  if (total > limits.maxTotalBytes)
    return refuse(
      `Isi berkas XLSX terlalu besar (${fmt(total)} setelah dibuka; paling banyak ${fmt(limits.maxTotalBytes)}).`,
    );
  const shared = entries.find((e) => e.name === 'xl/sharedStrings.xml');
  if (shared && shared.uncompressedSize > limits.maxSharedStringsBytes) {
    return refuse(
      `Daftar teks bersama (sharedStrings) terlalu besar: ${fmt(shared.uncompressedSize)}; paling banyak ${fmt(limits.maxSharedStringsBytes)}.`,
    );
  }
  const sheets = entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name));
  for (const sheet of sheets) {
    if (sheet.uncompressedSize > limits.maxSheetBytes)
      return refuse(
        `Lembar ${sheet.name} terlalu besar (${fmt(sheet.uncompressedSize)}); paling banyak ${fmt(limits.maxSheetBytes)}.`,
      );
  }
  const wb = readText(bytes, workbook);
  if (!wb.ok) return refuse(wb.message);
  const wbText = strFromU8(wb.data, true);
  const names = [
    ...wbText.matchAll(/<(?:\w+:)?definedName\b[^>]*>([^<]{0,2000})<\/(?:\w+:)?definedName>/g),
  ];
  if (names.length > 1000)
    return refuse(`Berkas berisi ${names.length} nama rentang; paling banyak 1000.`);
  for (const [, body = ''] of names) {
    for (const part of body.split(',')) {
      if (!/!?\$?[A-Za-z]{0,3}\$?\d{0,7}(:\$?[A-Za-z]{0,3}\$?\d{0,7})?$/.test(part.trim()))
        continue;
      const refPart = part.includes('!') ? part.slice(part.lastIndexOf('!') + 1) : part;
      if (
        !/^\s*\$?[A-Za-z]{0,3}\$?\d{0,7}(:\$?[A-Za-z]{0,3}\$?\d{0,7})?\s*$/.test(refPart) ||
        refPart.trim() === ''
      )
        continue;
      const cells = rangeCells(refPart);
      if (cells > limits.maxNamedRangeCells) {
        return refuse(
          `Berkas berisi nama rentang yang mencakup ${cells.toLocaleString('id-ID')} sel (mis. satu kolom penuh). Hapus nama rentang itu di Excel (Rumus → Pengelola Nama), lalu simpan ulang.`,
        );
      }
    }
  }
  for (const sheet of sheets) {
    const read = readText(bytes, sheet);
    if (!read.ok) return refuse(read.message);
    const scan = scanSheet(read.data);
    if (scan.dimension) {
      const cells = rangeCells(scan.dimension);
      const rows = rangeCells(
        `A${scan.dimension.split(':')[0]?.replace(/^\$?[A-Za-z]+/, '') ?? '1'}:A${scan.dimension.split(':')[1]?.replace(/^\$?[A-Za-z]+/, '') ?? '1'}`,
      );
      if (cells > limits.maxCells || rows > limits.maxRows) {
        return refuse(
          `Lembar ${sheet.name} mengaku berukuran ${scan.dimension} (${cells.toLocaleString('id-ID')} sel); paling banyak ${limits.maxRows.toLocaleString('id-ID')} baris. Berkas ditolak.`,
        );
      }
    }
    if (scan.rowElements > limits.maxRows || scan.maxRow > limits.maxRows) {
      return refuse(
        `Lembar ${sheet.name} berisi ${Math.max(scan.rowElements, scan.maxRow).toLocaleString('id-ID')} baris (banyak yang kosong); paling banyak ${limits.maxRows.toLocaleString('id-ID')}. Hapus baris kosong di bawah tabel lalu simpan ulang.`,
      );
    }
  }
  return { ok: true };
}
