import { kabKotaPart } from './normalise';

export interface OwnershipOffice {
  level: 'provinsi' | 'kabupaten' | 'kota';
  /** `63` (province) or `63.03` (kab/kota); '' while the profile is not filled in. */
  regionCode: string;
  regionName: string;
}

/**
 * The kab/kota that owns a sentra or IKM: the kab/kota part of its region code (the office whose
 * officer registers and proposes it). A nomination is owned by its IKM's kab/kota.
 */
function owningKabKota(regionCode: string): string {
  return kabKotaPart(regionCode);
}

/**
 * A kab/kota office may nominate only IKM of its own kab/kota; the province may nominate any.
 * Returns the reason in Indonesian, or null when allowed (also while the office region is unset).
 */
export function nominationOwnershipProblem(
  office: OwnershipOffice,
  enterprise: { name: string; regionCode: string },
): string | null {
  if (office.level === 'provinsi' || office.regionCode === '') return null;
  const owner = owningKabKota(enterprise.regionCode);
  if (owner === '' || owner === office.regionCode) return null;
  return `${enterprise.name} terdaftar di kabupaten/kota lain (kode ${owner}); ${office.regionName || 'kantor ini'} hanya dapat mengusulkan IKM di wilayahnya sendiri. IKM ini diusulkan oleh kabupaten/kota tempat IKM terdaftar.`;
}
