import { unguardCell } from '../export/csv-write';
import type { ImportTable } from './pipeline';

/** Windows-1252 characters for bytes 0x80–0x9F (the rest of the range equals Latin-1). */
const CP1252_HIGH = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd,
  0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
];

/** Strict UTF-8: undefined on any invalid sequence (then the file is read as Windows-1252). */
export function decodeUtf8Strict(bytes: Uint8Array): string | undefined {
  const parts: string[] = [];
  let chunk: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let cp: number;
    let need: number;
    if (b < 0x80) {
      cp = b;
      need = 0;
    } else if (b >= 0xc2 && b <= 0xdf) {
      cp = b & 0x1f;
      need = 1;
    } else if (b >= 0xe0 && b <= 0xef) {
      cp = b & 0x0f;
      need = 2;
    } else if (b >= 0xf0 && b <= 0xf4) {
      cp = b & 0x07;
      need = 3;
    } else return undefined;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return undefined;
      cp = (cp << 6) | (c & 0x3f);
    }
    if ((need === 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (need === 3 && (cp < 0x10000 || cp > 0x10ffff))) return undefined;
    chunk.push(cp);
    if (chunk.length >= 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
    i += need + 1;
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (b) => (b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? 0xfffd) : b));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'windows-1252';

/** UTF-8 with or without BOM; anything that is not valid UTF-8 is read as Windows-1252 (Excel "CSV"). */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeUtf8Strict(bytes.subarray(3));
    if (text !== undefined) return { text, encoding: 'utf-8-bom' };
  }
  const text = decodeUtf8Strict(bytes);
  return text !== undefined ? { text, encoding: 'utf-8' } : { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

/** Comma, semicolon (Excel with Indonesian regional settings) or tab: the most frequent outside quotes in the first lines. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < 5; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch] += 1;
    else if (!quoted && ch === '\n') lines += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/** RFC 4180 records: quoted fields may hold delimiters, doubled quotes and line breaks. */
export function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      i += 1;
      continue;
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
    i += 1;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Most CSV rows the reader accepts (the same bound as the pipeline's, plus the header). */
export const MAX_CSV_BYTES = 50 * 1024 * 1024;

export type CsvReadResult = { ok: true; table: ImportTable; encoding: TextEncodingName; delimiter: string } | { ok: false; message: string };

export function readCsv(bytes: Uint8Array, sheet = 'CSV'): CsvReadResult {
  if (bytes.length > MAX_CSV_BYTES) return { ok: false, message: `Berkas CSV terlalu besar (lebih dari ${MAX_CSV_BYTES / 1024 / 1024} MB).` };
  if (bytes.includes(0)) return { ok: false, message: 'Berkas ini bukan teks CSV (berisi karakter biner).' };
  const { text, encoding } = decodeCsvBytes(bytes);
  const delimiter = detectDelimiter(text);
  return { ok: true, table: { sheet, rows: parseCsv(text, delimiter).map((row) => row.map(unguardCell)) }, encoding, delimiter };
}
