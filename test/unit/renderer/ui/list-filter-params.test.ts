import { describe, expect, it } from 'vitest';
import { listFilterOf, withListFilter } from '../../../../renderer/src/ui/list-filter-params';

describe('quick filters from a list link', () => {
  it('reads kab/kota and komoditas as Beranda writes them', () => {
    expect(listFilterOf(new URLSearchParams('kabKota=63.03&komoditas=kain-tenun'))).toEqual({
      kabKotaCode: '63.03',
      commodity: 'kain-tenun',
    });
    expect(listFilterOf(new URLSearchParams('komoditas=anyaman'))).toEqual({
      commodity: 'anyaman',
    });
  });

  it('ignores values that are not a kab/kota code or a commodity, so the list is not silently empty', () => {
    expect(listFilterOf(new URLSearchParams('kabKota=63&komoditas=batu-akik'))).toEqual({});
    expect(listFilterOf(new URLSearchParams('kabKota=63.03.01'))).toEqual({});
  });

  it('writes a changed filter back while keeping the other parameters', () => {
    const next = withListFilter(new URLSearchParams('kabKota=63.03&tab=x'), {
      commodity: 'gerabah',
    });
    expect(next.toString()).toBe('tab=x&komoditas=gerabah');
  });
});
