import { fetchRegionSource } from '../../../renderer/src/regions/fetch-region-source';
import {
  createRegionCatalog,
  type RegionCatalog,
} from '../../../renderer/src/regions/region-catalog';
import { regionProvinceSchema } from '../../../renderer/src/regions/region-asset.schema';
import type { SeedRegion } from '../../support/seed/generate-register';
import type { RegionLookup } from '@shared/import';

/** The app's region asset, served next to the built renderer at /regions/. */
const REGION_BASE = '/regions/';

export const catalog: RegionCatalog = createRegionCatalog(fetchRegionSource(REGION_BASE));

/** Every desa of one province (code order), for the seed generator — same as test/tools/seed.ts. */
export async function seedRegions(provinceCode: string): Promise<SeedRegion[]> {
  const response = await fetch(`${REGION_BASE}p${provinceCode}.json`);
  const file = regionProvinceSchema.parse(await response.json());
  const regions: SeedRegion[] = [];
  for (const [kab, kecamatanList] of file.kabKota)
    for (const [kec, , desaList] of kecamatanList)
      for (const [desa, desaName] of desaList)
        regions.push({ code: `${file.province}.${kab}.${kec}.${desa}`, name: desaName });
  return regions;
}

/** The import pipeline's region lookup over the renderer's catalog. */
export function catalogLookup(): RegionLookup {
  return {
    provinceList: () => catalog.loadProvinces(),
    kabKotaList: async () => {
      const provinces = await catalog.loadProvinces();
      const lists = await Promise.all(provinces.map((p) => catalog.loadKabKota(p.code)));
      return lists.flat();
    },
    kecamatanOf: (code) => catalog.loadKecamatan(code),
    desaOf: (code) => catalog.loadDesa(code),
  };
}
