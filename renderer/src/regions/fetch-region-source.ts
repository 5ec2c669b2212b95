import type { RegionSource } from './region-types';

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`Data wilayah tidak dapat dimuat (${url}: ${response.status}).`);
  return (await response.json()) as unknown;
}

/** Reads the asset that Vite serves from renderer/public/regions (relative to the page). */
export function fetchRegionSource(baseUrl = './regions/'): RegionSource {
  return {
    readIndex: () => fetchJson(`${baseUrl}index.json`),
    readProvince: (provinceCode) => {
      if (!/^\d{2}$/.test(provinceCode))
        return Promise.reject(new Error(`Kode provinsi tidak sah: ${provinceCode}`));
      return fetchJson(`${baseUrl}p${provinceCode}.json`);
    },
  };
}
