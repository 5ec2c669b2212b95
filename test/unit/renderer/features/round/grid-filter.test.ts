import { describe, expect, it } from 'vitest';
import type { NominationRow } from '@shared/nomination-view/nomination-rows';
import {
  applyGridFilter,
  gridFilterFromParams,
} from '../../../../../renderer/src/features/round/grid-filter';

function row(id: string, overrides: Partial<NominationRow>): NominationRow {
  return {
    id,
    enterpriseId: `ikm-${id}`,
    enterpriseName: `IKM ${id}`,
    productName: 'Produk',
    commodity: 'makanan-minuman',
    commodityLabel: 'Makanan dan minuman',
    kabKotaCode: '63.03',
    kabKotaName: 'Kabupaten Banjar',
    kindLabel: 'Baru',
    status: 'draft',
    statusLabel: 'Draf',
    light: 'belum-siap',
    blockingCount: 1,
    advisoryCount: 0,
    updatedAt: '2026-03-01T08:00:00.000Z',
    ...overrides,
  };
}

const rows = [
  row('a', {}),
  row('b', { status: 'ditarik', statusLabel: 'Ditarik' }),
  row('c', { status: 'surat-ditandatangani', light: 'belum-siap' }),
  row('d', { commodity: 'gerabah', kabKotaCode: '63.04', light: 'siap' }),
];
const ids = (list: NominationRow[]) => list.map((r) => r.id);
const filterOf = (query: string) => gridFilterFromParams(new URLSearchParams(query));

describe('round grid filter from Beranda links', () => {
  it('shows only the status asked for, withdrawn included when that is the status', () => {
    expect(ids(applyGridFilter(rows, filterOf('status=draft'), new Set()))).toEqual(['a', 'd']);
    expect(ids(applyGridFilter(rows, filterOf('status=ditarik'), new Set()))).toEqual(['b']);
  });

  it('counts readiness only over candidates still being prepared, like Beranda', () => {
    expect(ids(applyGridFilter(rows, filterOf('kesiapan=belum-siap'), new Set()))).toEqual(['a']);
  });

  it('filters kab/kota, commodity and expiring legality without withdrawn nominations', () => {
    expect(ids(applyGridFilter(rows, filterOf('kabKota=63.03'), new Set()))).toEqual(['a', 'c']);
    expect(ids(applyGridFilter(rows, filterOf('komoditas=gerabah'), new Set()))).toEqual(['d']);
    expect(
      ids(applyGridFilter(rows, filterOf('legalitas=berakhir'), new Set(['ikm-a', 'ikm-b']))),
    ).toEqual(['a']);
  });

  it('ignores unknown values instead of hiding everything', () => {
    expect(
      ids(applyGridFilter(rows, filterOf('status=entah&kesiapan=hijau&komoditas=x'), new Set())),
    ).toEqual(['a', 'b', 'c', 'd']);
  });
});
