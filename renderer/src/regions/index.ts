import { fetchRegionSource } from './fetch-region-source';
import { createRegionCatalog, type RegionCatalog } from './region-catalog';
import type { RegionEntry } from './region-types';

export { createRegionCatalog, type RegionCatalog } from './region-catalog';
export type { RegionEntry } from './region-types';

let catalog: RegionCatalog | undefined;

/** The app-wide catalog (fetches the generated asset). Tests call `setRegionSource` first. */
function current(): RegionCatalog {
  catalog ??= createRegionCatalog(fetchRegionSource());
  return catalog;
}

export const loadProvinces = (): Promise<readonly RegionEntry[]> => current().loadProvinces();
export const loadKabKota = (provinceCode: string): Promise<readonly RegionEntry[]> =>
  current().loadKabKota(provinceCode);
export const loadKecamatan = (kabKotaCode: string): Promise<readonly RegionEntry[]> =>
  current().loadKecamatan(kabKotaCode);
export const loadDesa = (kecamatanCode: string): Promise<readonly RegionEntry[]> =>
  current().loadDesa(kecamatanCode);
export const regionName = (code: string): Promise<string | undefined> => current().regionName(code);
