import { fetchRegionSource } from './fetch-region-source';
import { createRegionCatalog, type RegionCatalog } from './region-catalog';
import type { KabKotaMatch, RegionEntry, RegionSnapshotInfo, RegionSource } from './region-types';

export { createRegionCatalog, type RegionCatalog } from './region-catalog';
export { fetchRegionSource } from './fetch-region-source';
export { matchKabKotaByName, parseKabKotaName } from './kab-kota-name';
export type {
  KabKotaMatch,
  RegionEntry,
  RegionLevel,
  RegionSnapshotInfo,
  RegionSource,
} from './region-types';

let catalog: RegionCatalog | undefined;

/** The app-wide catalog (fetches the generated asset). Tests call `setRegionSource` first. */
function current(): RegionCatalog {
  catalog ??= createRegionCatalog(fetchRegionSource());
  return catalog;
}

/** Replaces the app-wide source (tests, or a different base URL). */
export function setRegionSource(source: RegionSource): void {
  catalog = createRegionCatalog(source);
}

export const regionSnapshotInfo = (): Promise<RegionSnapshotInfo> => current().info();
export const loadProvinces = (): Promise<readonly RegionEntry[]> => current().loadProvinces();
export const loadKabKota = (provinceCode: string): Promise<readonly RegionEntry[]> =>
  current().loadKabKota(provinceCode);
export const loadKecamatan = (kabKotaCode: string): Promise<readonly RegionEntry[]> =>
  current().loadKecamatan(kabKotaCode);
export const loadDesa = (kecamatanCode: string): Promise<readonly RegionEntry[]> =>
  current().loadDesa(kecamatanCode);
export const findRegion = (code: string): Promise<RegionEntry | undefined> =>
  current().findRegion(code);
export const regionName = (code: string): Promise<string | undefined> => current().regionName(code);
export const findKabKotaByName = (
  name: string,
  options?: { readonly provinceCode?: string },
): Promise<KabKotaMatch> => current().findKabKotaByName(name, options);
