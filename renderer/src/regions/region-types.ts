/** Kemendagri levels, top to bottom. BPS codes are a different system and never appear here. */
type RegionLevel = 'provinsi' | 'kabKota' | 'kecamatan' | 'desa';

export interface RegionEntry {
  /** Dotted Kemendagri code: `63`, `63.03`, `63.03.01`, `63.03.01.2001`. */
  readonly code: string;
  /** Name as in the source list (provinces and kab/kota are upper case there). */
  readonly name: string;
  readonly level: RegionLevel;
  /** Code of the parent region; `null` for a province. */
  readonly parentCode: string | null;
}

/** Where the snapshot came from: shown in the About dialog and stored with exports. */
export interface RegionSnapshotInfo {
  readonly package: string;
  readonly version: string;
  readonly decree: string;
  readonly licence: string;
  readonly attribution: string;
  readonly counts: {
    readonly provinsi: number;
    readonly kabKota: number;
    readonly kecamatan: number;
    readonly desa: number;
  };
}

export type KabKotaMatch =
  | { readonly status: 'found'; readonly kabKota: RegionEntry }
  | { readonly status: 'ambiguous'; readonly suggestions: readonly RegionEntry[] }
  | { readonly status: 'not-found'; readonly suggestions: readonly RegionEntry[] };

/**
 * Reads the generated asset (see renderer/tools/build-regions.mjs). The browser implementation
 * fetches the files; tests build them in memory from the CSV files.
 */
export interface RegionSource {
  readIndex(): Promise<unknown>;
  readProvince(provinceCode: string): Promise<unknown>;
}
