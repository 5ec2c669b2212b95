import { describe, expect, it } from 'vitest';
import {
  findHeaderRow,
  mappingToRemember,
  missingRequired,
  recogniseColumns,
  recogniseHeader,
} from '@shared/import/header-mapping';

describe('header recognition', () => {
  it.each([
    ['Nama Usaha', 'name'],
    ['Nama IKM', 'name'],
    ['NAMA PERUSAHAAN', 'name'],
    ['NIB', 'nib'],
    ['No. NIB', 'nib'],
    ['Nomor Induk Berusaha', 'nib'],
    ['Kab/Kota', 'kabKota'],
    ['Kabupaten', 'kabKota'],
    ['Kabupaten/Kota', 'kabKota'],
    ['Pemilik', 'ownerName'],
    ['Nama Pemilik', 'ownerName'],
    ['Desa/Kelurahan', 'desa'],
    ['Kecamatan', 'kecamatan'],
    ['Telepon/HP', 'phone'],
    ['E-mail', 'email'],
    ['Tenaga Kerja', 'workerCount'],
    ['Nilai Investasi (Rp)', 'investmentRupiah'],
    ['Komoditi', 'commodity'],
    ['Produk', 'product'],
    ['Sentra', 'sentraName'],
    ['Nama Usaha (sesuai NIB)', 'name'],
  ])('IKM: "%s" → %s', (header, field) => {
    expect(recogniseHeader('ikm', header)).toBe(field);
  });

  it('maps sentra headers where "Produk" means the commodity', () => {
    expect(
      recogniseColumns('sentra', [
        'Nama Sentra',
        'Produk',
        'Kabupaten',
        'Kecamatan',
        'Unit Usaha',
        'TK',
      ]),
    ).toEqual(['name', 'commodity', 'kabKota', 'kecamatan', 'unitCount', 'workerCount']);
  });

  it('leaves unknown columns unmapped and fills each field once', () => {
    expect(recogniseColumns('ikm', ['No', 'Nama IKM', 'Nama Usaha', 'Warna favorit'])).toEqual([
      null,
      'name',
      null,
      null,
    ]);
  });

  it('uses a remembered mapping before the built-in variants, including "ignore"', () => {
    const headers = ['Nama Usaha', 'Nama Bos', 'Keterangan'];
    const remembered = mappingToRemember(headers, ['name', 'ownerName', null]);
    expect(recogniseColumns('ikm', headers, remembered)).toEqual(['name', 'ownerName', null]);
  });

  it('lists required fields that no column fills; a region-code column replaces the names', () => {
    expect(missingRequired('ikm', ['name', 'nib'])).toEqual(['kabKota', 'kecamatan', 'desa']);
    expect(missingRequired('ikm', ['nib', 'kabKota'])).toEqual(['name', 'kecamatan', 'desa']);
    expect(missingRequired('ikm', ['name', 'nib', 'regionCode'])).toEqual([]);
  });

  it('finds the header row under a title and a blank line', () => {
    const rows = [
      ['DATA IKM KABUPATEN BANJAR 2024'],
      [],
      ['No', 'Nama IKM', 'NIB', 'Kab/Kota'],
      ['1', 'UD A', '123', 'Banjar'],
    ];
    expect(findHeaderRow('ikm', rows)).toBe(2);
    expect(
      findHeaderRow('ikm', [
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBeUndefined();
  });
});
