import { matchKabKotaByName } from './kab-kota-name';
import {
  regionIndexSchema,
  regionProvinceSchema,
  type RegionIndexFile,
} from './region-asset.schema';
import type { KabKotaMatch, RegionEntry, RegionSnapshotInfo, RegionSource } from './region-types';

export interface RegionCatalog {
  info(): Promise<RegionSnapshotInfo>;
  loadProvinces(): Promise<readonly RegionEntry[]>;
  loadKabKota(provinceCode: string): Promise<readonly RegionEntry[]>;
  loadKecamatan(kabKotaCode: string): Promise<readonly RegionEntry[]>;
  loadDesa(kecamatanCode: string): Promise<readonly RegionEntry[]>;
  findRegion(code: string): Promise<RegionEntry | undefined>;
  regionName(code: string): Promise<string | undefined>;
  findKabKotaByName(
    name: string,
    options?: { readonly provinceCode?: string },
  ): Promise<KabKotaMatch>;
}

interface IndexData {
  readonly info: RegionSnapshotInfo;
  readonly provinces: readonly RegionEntry[];
  readonly kabKota: readonly RegionEntry[];
  readonly kabKotaByProvince: ReadonlyMap<string, readonly RegionEntry[]>;
  readonly byCode: ReadonlyMap<string, RegionEntry>;
}

interface ProvinceData {
  readonly kecamatanByKabKota: ReadonlyMap<string, readonly RegionEntry[]>;
  readonly desaByKecamatan: ReadonlyMap<string, readonly RegionEntry[]>;
  readonly byCode: ReadonlyMap<string, RegionEntry>;
}

const provinceOf = (code: string): string => code.slice(0, 2);

function parentOf(code: string): string | null {
  const dot = code.lastIndexOf('.');
  return dot < 0 ? null : code.slice(0, dot);
}

function toIndexData(file: RegionIndexFile): IndexData {
  const provinces = file.provinces.map(([code, name]): RegionEntry => ({
    code,
    name,
    level: 'provinsi',
    parentCode: null,
  }));
  const kabKota = file.kabKota.map(([code, name]): RegionEntry => ({
    code,
    name,
    level: 'kabKota',
    parentCode: parentOf(code),
  }));
  const kabKotaByProvince = new Map<string, RegionEntry[]>();
  for (const entry of kabKota) {
    const key = provinceOf(entry.code);
    kabKotaByProvince.set(key, [...(kabKotaByProvince.get(key) ?? []), entry]);
  }
  const byCode = new Map<string, RegionEntry>([...provinces, ...kabKota].map((e) => [e.code, e]));
  return {
    info: { ...file.source, counts: file.counts },
    provinces,
    kabKota,
    kabKotaByProvince,
    byCode,
  };
}

function toProvinceData(raw: unknown, provinceCode: string): ProvinceData {
  const file = regionProvinceSchema.parse(raw);
  const kecamatanByKabKota = new Map<string, RegionEntry[]>();
  const desaByKecamatan = new Map<string, RegionEntry[]>();
  const byCode = new Map<string, RegionEntry>();
  for (const [kabSuffix, kecamatanRows] of file.kabKota) {
    const kabKotaCode = `${provinceCode}.${kabSuffix}`;
    const kecamatanList: RegionEntry[] = [];
    for (const [kecSuffix, kecName, desaRows] of kecamatanRows) {
      const kecamatan: RegionEntry = {
        code: `${kabKotaCode}.${kecSuffix}`,
        name: kecName,
        level: 'kecamatan',
        parentCode: kabKotaCode,
      };
      kecamatanList.push(kecamatan);
      byCode.set(kecamatan.code, kecamatan);
      const desaList = desaRows.map(([suffix, name]): RegionEntry => ({
        code: `${kecamatan.code}.${suffix}`,
        name,
        level: 'desa',
        parentCode: kecamatan.code,
      }));
      for (const desa of desaList) byCode.set(desa.code, desa);
      desaByKecamatan.set(kecamatan.code, desaList);
    }
    kecamatanByKabKota.set(kabKotaCode, kecamatanList);
  }
  return { kecamatanByKabKota, desaByKecamatan, byCode };
}

/** A catalog over one region source; the index and each province file are loaded once. */
export function createRegionCatalog(source: RegionSource): RegionCatalog {
  let index: Promise<IndexData> | undefined;
  const provinces = new Map<string, Promise<ProvinceData>>();

  const loadIndex = (): Promise<IndexData> => {
    index ??= source.readIndex().then((raw) => toIndexData(regionIndexSchema.parse(raw)));
    // A failed load must not be cached forever: the next call tries again.
    index.catch(() => (index = undefined));
    return index;
  };

  const loadProvince = async (provinceCode: string): Promise<ProvinceData | undefined> => {
    const data = await loadIndex();
    if (!data.byCode.has(provinceCode)) return undefined;
    let pending = provinces.get(provinceCode);
    if (!pending) {
      pending = source.readProvince(provinceCode).then((raw) => toProvinceData(raw, provinceCode));
      pending.catch(() => provinces.delete(provinceCode));
      provinces.set(provinceCode, pending);
    }
    return pending;
  };

  const findRegion = async (code: string): Promise<RegionEntry | undefined> => {
    const data = await loadIndex();
    const top = data.byCode.get(code);
    if (top) return top;
    if (code.split('.').length < 3) return undefined;
    return (await loadProvince(provinceOf(code)))?.byCode.get(code);
  };

  return {
    info: async () => (await loadIndex()).info,
    loadProvinces: async () => (await loadIndex()).provinces,
    loadKabKota: async (provinceCode) =>
      (await loadIndex()).kabKotaByProvince.get(provinceCode) ?? [],
    loadKecamatan: async (kabKotaCode) =>
      (await loadProvince(provinceOf(kabKotaCode)))?.kecamatanByKabKota.get(kabKotaCode) ?? [],
    loadDesa: async (kecamatanCode) =>
      (await loadProvince(provinceOf(kecamatanCode)))?.desaByKecamatan.get(kecamatanCode) ?? [],
    findRegion,
    regionName: async (code) => (await findRegion(code))?.name,
    findKabKotaByName: async (name, options) => {
      const data = await loadIndex();
      const candidates = options?.provinceCode
        ? (data.kabKotaByProvince.get(options.provinceCode) ?? [])
        : data.kabKota;
      return matchKabKotaByName(name, candidates);
    },
  };
}
