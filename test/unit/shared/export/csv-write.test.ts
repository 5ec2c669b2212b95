import { describe, expect, it } from 'vitest';
import { csvBytes, guardCell, isFormulaLike, toCsv, unguardCell } from '@shared/export/csv-write';
import { decodeCsvBytes, detectDelimiter, parseCsv, readCsv } from '@shared/import/csv-read';
import { seededRandom } from '../../../support/factories/spreadsheet';

const ALPHABET = ['=', '+', '-', '@', '\t', '\r', '\n', '"', ',', ';', "'", ' ', 'a', 'Z', '1', 'é', '€', '漢', 'x', 'S', 'U', 'M', '(', ')'];

function randomText(next: () => number): string {
  const length = Math.floor(next() * 12);
  let s = '';
  for (let i = 0; i < length; i++) s += ALPHABET[Math.floor(next() * ALPHABET.length)] ?? '';
  return s;
}

describe('CSV formula-injection guard', () => {
  it('prefixes cells that start like a formula', () => {
    expect(guardCell('=HYPERLINK("http://x","klik")')).toBe(`'=HYPERLINK("http://x","klik")`);
    expect(guardCell('+62 812')).toBe("'+62 812");
    expect(guardCell('-5')).toBe("'-5");
    expect(guardCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(guardCell('\tx')).toBe("'\tx");
    expect(guardCell('UD Berkah')).toBe('UD Berkah');
    expect(toCsv([['=1+1', 5, true]])).toBe(`'=1+1,5,ya\r\n`);
  });

  it('property (seeded): no cell read back starts like a formula unless prefixed, and re-import gives the original strings', () => {
    const next = seededRandom(20240521);
    for (let run = 0; run < 300; run++) {
      const rows = Array.from({ length: 1 + Math.floor(next() * 5) }, () => Array.from({ length: 1 + Math.floor(next() * 6) }, () => randomText(next)));
      const delimiter = next() < 0.5 ? ',' : ';';
      const text = toCsv(rows, delimiter);
      // What a spreadsheet sees: the raw field text before our importer unguards it.
      const raw = readCsvRaw(csvBytes(rows, delimiter));
      for (const row of raw) for (const cell of row) if (isFormulaLike(cell)) throw new Error(`sel terbaca sebagai rumus: ${JSON.stringify(cell)} dalam ${JSON.stringify(text)}`);
      const back = readCsv(csvBytes(rows, delimiter));
      expect(back.ok).toBe(true);
      if (back.ok) expect(back.table.rows).toEqual(rows);
    }
  });

  it('unguards exactly what it guarded', () => {
    for (const s of ["'", "''x", '=a', 'plain', "'=a"]) expect(unguardCell(guardCell(s))).toBe(s);
  });
});

/** The fields exactly as stored (what a spreadsheet opening the file sees), before our importer unguards them. */
function readCsvRaw(bytes: Uint8Array): string[][] {
  const { text } = decodeCsvBytes(bytes);
  return parseCsv(text, detectDelimiter(text));
}
