import Papa from 'papaparse';
import { unguardCell } from '../export/csv-write';
import type { ImportTable } from './pipeline';

/** Strict UTF-8: undefined on any invalid sequence (then the file is read as Windows-1252). */
function decodeUtf8Strict(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Excel's "CSV" on Indonesian Windows: every byte is a character (undefined bytes stay as control characters). */
function decodeWindows1252(bytes: Uint8Array): string {
  const decoder = new TextDecoder('windows-1252');
  // Streaming decode: Node 20's one-shot path reads this label as Latin-1 (0x80 "€" and 0x93 "“" lost).
  return decoder.decode(bytes, { stream: true }) + decoder.decode();
}

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'windows-1252';

/** UTF-8 with or without BOM; anything that is not valid UTF-8 is read as Windows-1252 (Excel "CSV"). */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeUtf8Strict(bytes.subarray(3));
    if (text !== undefined) return { text, encoding: 'utf-8-bom' };
  }
  const text = decodeUtf8Strict(bytes);
  return text !== undefined
    ? { text, encoding: 'utf-8' }
    : { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

/**
 * Comma, semicolon (Excel with Indonesian regional settings) or tab, judged on the first five
 * records as papaparse reads them with each: the right one leaves no quoting error and the fewest
 * quote marks inside fields (its quoted fields lose their enclosing quotes), then splits into the
 * most fields. Comma on a tie.
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  // papaparse walks its whole input even with `preview`: give it the head only.
  const head = text.slice(0, 64 * 1024);
  const score = (delimiter: string): { quotes: number; splits: number } => {
    const parsed = Papa.parse<string[]>(head, { delimiter, preview: 5 });
    if (parsed.errors.length > 0) return { quotes: Number.POSITIVE_INFINITY, splits: -1 };
    let quotes = 0;
    let splits = 0;
    for (const row of parsed.data) {
      splits += row.length - 1;
      for (const field of row) quotes += field.split('"').length - 1;
    }
    return { quotes, splits };
  };
  const better = (
    a: { quotes: number; splits: number },
    b: { quotes: number; splits: number },
  ): boolean => a.quotes < b.quotes || (a.quotes === b.quotes && a.splits > b.splits);
  let best: ',' | ';' | '\t' = ',';
  let bestScore = score(',');
  for (const candidate of [';', '\t'] as const) {
    const s = score(candidate);
    if (better(s, bestScore)) {
      best = candidate;
      bestScore = s;
    }
  }
  return best;
}

/** RFC 4180 records (papaparse): quoted fields may hold delimiters, doubled quotes and line breaks. */
export function parseCsv(text: string, delimiter: string): string[][] {
  const rows = Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    skipEmptyLines: false,
  }).data;
  // A final line break ends the last record rather than opening an empty one.
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === '') rows.pop();
  return rows;
}

/** Most CSV rows the reader accepts (the same bound as the pipeline's, plus the header). */
const MAX_CSV_BYTES = 50 * 1024 * 1024;

export type CsvReadResult =
  | { ok: true; table: ImportTable; encoding: TextEncodingName; delimiter: string }
  | { ok: false; message: string };

export function readCsv(bytes: Uint8Array, sheet = 'CSV'): CsvReadResult {
  if (bytes.length > MAX_CSV_BYTES)
    return {
      ok: false,
      message: `Berkas CSV terlalu besar (lebih dari ${MAX_CSV_BYTES / 1024 / 1024} MB).`,
    };
  if (bytes.includes(0))
    return { ok: false, message: 'Berkas ini bukan teks CSV (berisi karakter biner).' };
  const { text, encoding } = decodeCsvBytes(bytes);
  const delimiter = detectDelimiter(text);
  return {
    ok: true,
    table: { sheet, rows: parseCsv(text, delimiter).map((row) => row.map(unguardCell)) },
    encoding,
    delimiter,
  };
}
