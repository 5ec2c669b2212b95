import { describe, expect, it } from 'vitest';
import { dashboardKabKota } from '../../../../../../renderer/src/features/dashboard/data/kab-kota';

describe('kab/kota of Beranda without the region asset', () => {
  it('lists each nominated kab/kota once, by its code, in code order', async () => {
    // No region asset in Node: the codes of the nominated IKM are all there is (150 nominations
    // from three kab/kota once showed 150 bars).
    const codes = ['99.03', '99.01', '99.03', '99.01', '99.02', '99.03'];
    const list = await dashboardKabKota(undefined, codes);
    expect(list).toEqual([
      { code: '99.01', name: '99.01' },
      { code: '99.02', name: '99.02' },
      { code: '99.03', name: '99.03' },
    ]);
  });
});
