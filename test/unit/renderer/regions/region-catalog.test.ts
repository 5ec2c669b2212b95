import { describe, expect, it } from 'vitest';
import { createRegionCatalog } from '../../../../renderer/src/regions';
import { nodeRegionSource } from '../../../support/factories/regions';

const catalog = createRegionCatalog(nodeRegionSource());

describe('region catalog from idn-area-data', () => {
  it('lists all 38 provinces and the kab/kota of one province', async () => {
    expect(await catalog.loadProvinces()).toHaveLength(38);
    const kalsel = await catalog.loadKabKota('63');
    expect(kalsel.map((k) => k.name)).toContain('KABUPATEN BANJAR');
    expect(kalsel.every((k) => k.parentCode === '63' && k.level === 'kabKota')).toBe(true);
  });

  it('walks down to kecamatan and desa with full dotted codes', async () => {
    const kecamatan = await catalog.loadKecamatan('11.01');
    expect(kecamatan[0]).toEqual({
      code: '11.01.01',
      name: 'Bakongan',
      level: 'kecamatan',
      parentCode: '11.01',
    });
    const desa = await catalog.loadDesa('11.01.01');
    expect(desa.map((d) => d.code)).toContain('11.01.01.2001');
    expect(desa.find((d) => d.code === '11.01.01.2001')?.name).toBe('Keude Bakongan');
  });

  it('names any region by code and returns undefined for unknown codes', async () => {
    expect(await catalog.regionName('63')).toBe('KALIMANTAN SELATAN');
    expect(await catalog.regionName('63.03')).toBe('KABUPATEN BANJAR');
    expect(await catalog.regionName('11.01.01.2001')).toBe('Keude Bakongan');
    expect(await catalog.regionName('99.99')).toBeUndefined();
    expect(await catalog.regionName('99.99.99')).toBeUndefined();
  });

  it('carries the source decree and the ODbL licence', async () => {
    const info = await catalog.info();
    expect(info.decree).toContain('2138');
    expect(info.decree).toContain('2430');
    expect(info.licence).toContain('ODbL');
    expect(info.counts.desa).toBeGreaterThan(80_000);
  });

  it('finds kab/kota by name regardless of prefix and case', async () => {
    for (const name of ['Kab. Banjar', 'Kabupaten Banjar', 'kab banjar', 'KABUPATEN  BANJAR']) {
      const match = await catalog.findKabKotaByName(name);
      expect(match.status === 'found' && match.kabKota.code).toBe('63.03');
    }
    const kota = await catalog.findKabKotaByName('Kota Banjar');
    expect(kota.status === 'found' && kota.kabKota.code).toBe('32.79');
  });

  it('reports an ambiguous bare name with both candidates as suggestions', async () => {
    const match = await catalog.findKabKotaByName('BANJAR');
    expect(match.status).toBe('ambiguous');
    const codes = match.status === 'ambiguous' ? match.suggestions.map((s) => s.code) : [];
    expect(codes.sort()).toEqual(['32.79', '63.03']);
    const scoped = await catalog.findKabKotaByName('banjar', { provinceCode: '63' });
    expect(scoped.status === 'found' && scoped.kabKota.code).toBe('63.03');
  });

  it('suggests names starting with an unknown partial name', async () => {
    const match = await catalog.findKabKotaByName('Banjarm');
    expect(match.status).toBe('not-found');
    expect(match.status === 'not-found' && match.suggestions.map((s) => s.name)).toEqual([
      'KOTA BANJARMASIN',
    ]);
  });
});
