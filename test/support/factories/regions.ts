import { buildRegionFiles } from '../../../renderer/tools/build-regions.mjs';
import type { RegionSource } from '../../../renderer/src/regions/region-types';

let files: Map<string, string> | undefined;

/** The same asset the app fetches, built in memory from node_modules/idn-area-data (once per file). */
export function nodeRegionSource(): RegionSource {
  files ??= buildRegionFiles();
  const read = (name: string): Promise<unknown> => {
    const text = files?.get(name);
    return text === undefined
      ? Promise.reject(new Error(`tidak ada ${name}`))
      : Promise.resolve(JSON.parse(text) as unknown);
  };
  return { readIndex: () => read('index.json'), readProvince: (code) => read(`p${code}.json`) };
}
