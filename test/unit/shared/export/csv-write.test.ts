import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  csvBytes,
  guardCell,
  isDigitsTextFormula,
  isFormulaLike,
  toCsv,
  unguardCell,
} from '@shared/export/csv-write';
import { decodeCsvBytes, detectDelimiter, parseCsv, readCsv } from '@shared/import/csv-read';
import { seededRandom } from '../../../support/factories/spreadsheet';

const ALPHABET = [
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  '"',
  ',',
  ';',
  "'",
  ' ',
  'a',
  'Z',
  '1',
  'é',
  '€',
  '漢',
  'x',
  'S',
  'U',
  'M',
  '(',
  ')',
];

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
      const rows = Array.from({ length: 1 + Math.floor(next() * 5) }, () =>
        Array.from({ length: 1 + Math.floor(next() * 6) }, () => randomText(next)),
      );
      const delimiter = next() < 0.5 ? ',' : ';';
      const text = toCsv(rows, delimiter);
      // What a spreadsheet sees: the raw field text before our importer unguards it.
      const raw = readCsvRaw(csvBytes(rows, delimiter));
      for (const row of raw)
        for (const cell of row)
          if (isFormulaLike(cell) && !isDigitsTextFormula(cell))
            throw new Error(
              `sel terbaca sebagai rumus: ${JSON.stringify(cell)} dalam ${JSON.stringify(text)}`,
            );
      const back = readCsv(csvBytes(rows, delimiter));
      expect(back.ok).toBe(true);
      if (back.ok) expect(back.table.rows).toEqual(rows);
    }
  });

  it('writes digits-only text (NIB, phone) as a text formula a spreadsheet keeps as text, and reads it back', () => {
    expect(toCsv([['9120001234567', '081234567890', 'UD 1']])).toBe(
      '"=""9120001234567""","=""081234567890""",UD 1\r\n',
    );
    expect(unguardCell('="081234567890"')).toBe('081234567890');
    // A user who typed the formula text itself gets exactly that text back.
    expect(unguardCell(guardCell('="123"'))).toBe('="123"');
  });

  it('a spreadsheet parser (exceljs) keeps a 13-digit NIB and a leading-zero phone as text, where bare digits became numbers', async () => {
    const read = async (bytes: Uint8Array) => {
      const sheet = await new ExcelJS.Workbook().csv.read(Readable.from([Buffer.from(bytes)]));
      return [sheet.getCell('A2').value, sheet.getCell('B2').value];
    };
    const rows = [
      ['NIB', 'Telepon/HP'],
      ['9120001234567', '081234567890'],
    ];
    // The fault being fixed: the same cells written bare are read as numbers (Excel shows 9.12E+12 and drops the 0).
    const bare = new TextEncoder().encode('NIB,Telepon/HP\r\n9120001234567,081234567890\r\n');
    expect(await read(bare)).toEqual([9120001234567, 81234567890]);
    const [nib, phone] = await read(csvBytes(rows));
    expect(typeof nib).toBe('string');
    expect(typeof phone).toBe('string');
    // The cell is the text formula whose value is exactly the digits.
    expect([nib, phone].map((cell) => /^="(\d+)"$/.exec(String(cell))?.[1])).toEqual([
      '9120001234567',
      '081234567890',
    ]);
    // And our own import gives the plain digits back.
    const back = readCsv(csvBytes(rows));
    expect(back.ok && back.table.rows[1]).toEqual(['9120001234567', '081234567890']);
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
