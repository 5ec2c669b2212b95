import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, detectDelimiter, parseCsv, readCsv } from '@shared/import/csv-read';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('CSV reading', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeCsvBytes(utf8('\ufeffNama;Desa\r\nKué;Pingaran')).encoding).toBe('utf-8-bom');
    expect(decodeCsvBytes(utf8('\ufeffNama;Desa\r\nKué;Pingaran')).text).toBe(
      'Nama;Desa\r\nKué;Pingaran',
    );
    expect(decodeCsvBytes(utf8('Nama,Kué')).encoding).toBe('utf-8');
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8 (Excel "CSV" on Windows)', () => {
    const bytes = Uint8Array.from([0x4b, 0x75, 0xe9, 0x3b, 0x80, 0x35, 0x93, 0x61, 0x94]); // Ku\xe9;€5"a"
    expect(decodeCsvBytes(bytes)).toEqual({
      text: 'Kué;€5\u201ca\u201d',
      encoding: 'windows-1252',
    });
  });

  it('detects comma, semicolon and tab separators', () => {
    expect(detectDelimiter('Nama;NIB;Alamat\n"A;B";1;x')).toBe(';');
    expect(detectDelimiter('Nama,NIB,"Alamat; lengkap"\nA,1,x')).toBe(',');
    expect(detectDelimiter('Nama\tNIB\nA\t1')).toBe('\t');
  });

  it('parses quoted fields with delimiters, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b,c","say ""hi""","two\nlines"\r\n1,2,3,4\r\n', ',')).toEqual([
      ['a', 'b,c', 'say "hi"', 'two\nlines'],
      ['1', '2', '3', '4'],
    ]);
  });

  it('refuses binary data with a message', () => {
    const result = readCsv(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    expect(result).toEqual({
      ok: false,
      message: 'Berkas ini bukan teks CSV (berisi karakter biner).',
    });
  });
});
