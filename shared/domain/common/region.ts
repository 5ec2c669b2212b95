import { z } from 'zod';

/**
 * Kemendagri region codes in dotted form: `PP` provinsi, `PP.KK` kabupaten/kota,
 * `PP.KK.CC` kecamatan, `PP.KK.CC.DDDD` desa/kelurahan. Kab 01–69, kota 71–99.
 * (BPS codes are a different system: never mix them.)
 */
export type RegionCode = string;
export type RegionLevel = 'provinsi' | 'kab-kota' | 'kecamatan' | 'desa';

const REGION_PATTERN = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/** The level of a code that matches REGION_PATTERN, by its length (PP, PP.KK, PP.KK.CC, PP.KK.CC.DDDD). */
const LEVEL_BY_LENGTH: Readonly<Record<number, RegionLevel>> = {
  2: 'provinsi',
  5: 'kab-kota',
  8: 'kecamatan',
  13: 'desa',
};

export function regionLevel(code: string): RegionLevel | undefined {
  return REGION_PATTERN.test(code) ? LEVEL_BY_LENGTH[code.length] : undefined;
}

function isRegionCode(code: string): boolean {
  return regionLevel(code) !== undefined;
}

/** `32` from any code in province 32; undefined for a malformed code. */
export function provinceOf(code: string): RegionCode | undefined {
  return isRegionCode(code) ? code.slice(0, 2) : undefined;
}

/** `32.04` from `32.04.05.2001`; undefined for a province code or a malformed code. */
export function kabKotaOf(code: string): RegionCode | undefined {
  const level = regionLevel(code);
  return level && level !== 'provinsi' ? code.slice(0, 5) : undefined;
}

/** `32.04.05` from a kecamatan or desa code. */
export function kecamatanOf(code: string): RegionCode | undefined {
  const level = regionLevel(code);
  return level === 'kecamatan' || level === 'desa' ? code.slice(0, 8) : undefined;
}

/** True for a kota (KK 71–99), false for a kabupaten (01–69) or a province-level code. */
export function isKota(code: string): boolean {
  const kk = kabKotaOf(code);
  if (!kk) return false;
  const n = Number(kk.slice(3, 5));
  return n >= 71 && n <= 99;
}

const REGION_MESSAGE = 'Kode wilayah tidak valid (format Kemendagri, contoh 32.04.05.2001)';

function regionSchemaAt(levels: readonly RegionLevel[], message: string) {
  return z
    .string({
      error: (iss) => (iss.input === undefined ? 'Wilayah wajib dipilih' : REGION_MESSAGE),
    })
    .min(1, 'Wilayah wajib dipilih')
    .refine((c) => isRegionCode(c), REGION_MESSAGE)
    .refine((c) => {
      const level = regionLevel(c);
      return level !== undefined && levels.includes(level);
    }, message);
}

export const regionCodeSchema = regionSchemaAt(
  ['provinsi', 'kab-kota', 'kecamatan', 'desa'],
  REGION_MESSAGE,
);
export const kabKotaCodeSchema = regionSchemaAt(['kab-kota'], 'Pilih kabupaten/kota');
export const desaCodeSchema = regionSchemaAt(['desa'], 'Pilih sampai tingkat desa/kelurahan');
export const desaOrKecamatanCodeSchema = regionSchemaAt(
  ['kecamatan', 'desa'],
  'Pilih sampai tingkat kecamatan atau desa/kelurahan',
);
