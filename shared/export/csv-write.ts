/**
 * CSV writer (RFC 4180, CRLF, UTF-8 with BOM so Excel reads the accents). Cells from user data
 * that a spreadsheet would read as a formula (`= + - @`, tab, carriage return at the start) get a
 * leading apostrophe; the importer strips exactly that apostrophe again (`unguardCell`).
 * User text made only of digits (a NIB, a phone number) is written as the text formula `="0812…"`,
 * the one form Excel and LibreOffice open as text: bare, a NIB shows as 9.12E+12 and a phone loses
 * its leading 0. The importer unwraps it again.
 */
export type ExportCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const DIGITS = /^[0-9]+$/;
const DIGITS_TEXT_FORMULA = /^="([0-9]+)"$/;

/** `="0812"`: the digits-only text formula this writer emits (never anything else after `=`). */
export function isDigitsTextFormula(cell: string): boolean {
  return DIGITS_TEXT_FORMULA.test(cell);
}

/** True when a spreadsheet could read this text as a formula or a command. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

/** `=1+1` → `'=1+1`. Text that already starts with an apostrophe gets one more, so unguarding is exact. */
export function guardCell(text: string): string {
  return isFormulaLike(text) || text.startsWith("'") ? `'${text}` : text;
}

/**
 * The inverse of guardCell: one leading apostrophe is dropped (Excel's own "this is text" mark,
 * and ours). Exact for everything guardCell wrote.
 */
export function unguardCell(text: string): string {
  const digits = DIGITS_TEXT_FORMULA.exec(text)?.[1];
  if (digits !== undefined) return digits;
  return text.startsWith("'") ? text.slice(1) : text;
}

/** Quotes any cell holding a quote, line break or any separator a reader might detect. */
function quote(text: string, delimiter: string): string {
  return text.includes('"') ||
    text.includes(delimiter) ||
    /[,;\t]/.test(text) ||
    text.includes('\n') ||
    text.includes('\r') ||
    text.startsWith(' ') ||
    text.endsWith(' ')
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

/** Numbers and booleans come from the app (never guarded); strings are user data and always are. */
function csvCell(value: ExportCell, delimiter = ','): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'ya' : 'tidak';
  if (DIGITS.test(value)) return quote(`="${value}"`, delimiter);
  return quote(guardCell(value), delimiter);
}

export function toCsv(rows: readonly (readonly ExportCell[])[], delimiter = ','): string {
  return (
    rows.map((row) => row.map((cell) => csvCell(cell, delimiter)).join(delimiter)).join('\r\n') +
    '\r\n'
  );
}

/** UTF-8 bytes with a BOM (Excel on Windows otherwise reads them as Windows-1252). */
export function csvBytes(rows: readonly (readonly ExportCell[])[], delimiter = ','): Uint8Array {
  const text = '\ufeff' + toCsv(rows, delimiter);
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000)
      out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else
      out.push(
        0xf0 | (cp >> 18),
        0x80 | ((cp >> 12) & 0x3f),
        0x80 | ((cp >> 6) & 0x3f),
        0x80 | (cp & 0x3f),
      );
  }
  return Uint8Array.from(out);
}
