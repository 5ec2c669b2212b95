// Types for build-regions.mjs so tests and tools written in TypeScript can call it.
export declare const DEFAULT_DATA_DIR: string;
export declare const DEFAULT_OUT_DIR: string;
export declare const REGION_ASSET_FORMAT: number;
export declare const REGION_SOURCE: {
  readonly package: string;
  readonly decree: string;
  readonly licence: string;
  readonly attribution: string;
};
export declare function buildRegionFiles(dataDir?: string): Map<string, string>;
export declare function writeRegionFiles(outDir?: string, dataDir?: string): boolean;
