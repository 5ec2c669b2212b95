import { describe, expect, it } from 'vitest';
import {
  cleanText,
  excelSerialToIso,
  parseCommodity,
  parseImportDate,
  parseIndonesianNumber,
  parseNibCell,
  parseYear,
  parseYesNo,
} from '@shared/import/normalise';

const value = <T>(r: { ok: true; value: T } | { ok: false; message: string }): T | string =>
  r.ok ? r.value : `ERROR: ${r.message}`;

describe('value normalisers', () => {
  it('trims and collapses spaces, non-breaking spaces and line breaks', () => {
    expect(cleanText('  UD\u00a0Berkah \n Bahari ')).toBe('UD Berkah Bahari');
  });

  it.each([
    ['1.500.000', 1_500_000],
    ['Rp 1.500.000,-', 1_500_000],
    ['Rp. 2.500.000,50', 2_500_000.5],
    ['2,5', 2.5],
    ['1 500 000', 1_500_000],
    ['1500000', 1_500_000],
    ['1,500,000', 1_500_000],
    [150000, 150_000],
  ])('reads Indonesian number %s', (input, expected) => {
    expect(value(parseIndonesianNumber(input, 'Investasi'))).toBe(expected);
  });

  it('refuses text that is not a number, in Indonesian', () => {
    expect(value(parseIndonesianNumber('seratus ribu', 'Investasi'))).toBe(
      'ERROR: Investasi harus berupa angka (contoh: 1.500.000)',
    );
    expect(value(parseIndonesianNumber('', 'Investasi'))).toBeUndefined();
  });

  it('reads NIB with dots and spaces, and numbers Excel stored', () => {
    expect(value(parseNibCell('9120.0012 3456-7'))).toBe('9120001234567');
    expect(value(parseNibCell(9120001234567))).toBe('9120001234567');
    expect(value(parseNibCell('9,12E+12'))).toMatch(/notasi ilmiah/);
  });

  it('reads Excel date serials in the 1900 system', () => {
    expect(excelSerialToIso(45433)).toBe('2024-05-21');
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
  });

  it.each([
    ['21 Mei 2024', '2024-05-21'],
    ['1 Agustus 2023', '2023-08-01'],
    ['5 Nopember 2020', '2020-11-05'],
    ['21-05-2024', '2024-05-21'],
    ['21/5/2024', '2024-05-21'],
    ['2024-05-21', '2024-05-21'],
    [45433, '2024-05-21'],
  ])('reads the date %s', (input, expected) => {
    expect(value(parseImportDate(input, 'Tanggal'))).toBe(expected);
  });

  it('refuses impossible dates with an example of the right form', () => {
    expect(value(parseImportDate('31 Februari 2024', 'Tanggal'))).toMatch(
      /tidak dikenali \(contoh: 21 Mei 2024\)/,
    );
    expect(value(parseImportDate('30-02-2024', 'Tanggal'))).toMatch(/tidak ada di kalender/);
  });

  it('reads a founding year from a year, a date or a serial', () => {
    expect(value(parseYear('2012', 'Tahun berdiri'))).toBe(2012);
    expect(value(parseYear('21 Mei 2012', 'Tahun berdiri'))).toBe(2012);
    expect(value(parseYear(2015, 'Tahun berdiri'))).toBe(2015);
    expect(value(parseYear('dulu sekali', 'Tahun berdiri'))).toBe(
      'ERROR: Tahun berdiri harus berupa tahun (contoh: 2012)',
    );
  });

  it.each([
    ['ya', true],
    ['Ya', true],
    ['Y', true],
    ['iya', true],
    ['tidak', false],
    ['TDK', false],
    ['T', false],
    [true, true],
  ])('reads ya/tidak: %s', (input, expected) => {
    expect(value(parseYesNo(input, 'Penghela'))).toBe(expected);
  });

  it('refuses other answers to a ya/tidak column', () => {
    expect(value(parseYesNo('mungkin', 'Penghela'))).toBe('ERROR: Penghela: isi "ya" atau "tidak"');
  });

  it('reads commodity labels and common words', () => {
    expect(value(parseCommodity('Makanan dan Minuman'))).toBe('makanan-minuman');
    expect(value(parseCommodity('mamin'))).toBe('makanan-minuman');
    expect(value(parseCommodity('Kain Tenun'))).toBe('kain-tenun');
    expect(value(parseCommodity('Batik'))).toBe('kain-batik');
    expect(value(parseCommodity('logam'))).toMatch(/^ERROR: Komoditi "logam" tidak dikenal/);
  });
});
