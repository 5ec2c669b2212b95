import type { RegionLookup } from '@shared/import/region-resolver';
import type { RegionCatalog } from '../../regions/region-catalog';

/** The import pipeline's region lookup over the app's region catalog (loads a province on demand). */
function catalogRegionLookup(
  catalog: Pick<RegionCatalog, 'loadProvinces' | 'loadKecamatan' | 'loadDesa'> & {
    loadAllKabKota(): Promise<readonly { code: string; name: string }[]>;
  },
): RegionLookup {
  return {
    kabKotaList: () => catalog.loadAllKabKota(),
    provinceList: () => catalog.loadProvinces(),
    kecamatanOf: (code) => catalog.loadKecamatan(code),
    desaOf: (code) => catalog.loadDesa(code),
  };
}

/** Adapter for a plain RegionCatalog: every kab/kota is the union over provinces. */
export function regionLookupOf(
  catalog: Pick<RegionCatalog, 'loadProvinces' | 'loadKabKota' | 'loadKecamatan' | 'loadDesa'>,
): RegionLookup {
  let all: Promise<readonly { code: string; name: string }[]> | undefined;
  return catalogRegionLookup({
    loadProvinces: () => catalog.loadProvinces(),
    loadKecamatan: (code) => catalog.loadKecamatan(code),
    loadDesa: (code) => catalog.loadDesa(code),
    loadAllKabKota: () => {
      all ??= catalog
        .loadProvinces()
        .then(async (provinces) =>
          (await Promise.all(provinces.map((p) => catalog.loadKabKota(p.code)))).flat(),
        );
      return all;
    },
  });
}
