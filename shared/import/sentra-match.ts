import { kabKotaOf, kecamatanOf } from '../domain/common/region';
import { nameKey } from './duplicates';

/** What the import needs to know about a sentra of the register to link an IKM to it. */
export interface SentraRef {
  readonly id: string;
  readonly name: string;
  readonly regionCode: string;
}

export type SentraMatch =
  | { readonly status: 'linked'; readonly sentra: SentraRef; readonly otherKabKota: boolean }
  | { readonly status: 'not-found' }
  | { readonly status: 'ambiguous'; readonly candidates: readonly SentraRef[] };

/** "SENTRA  Kerupuk-Ikan", "sentra ikm kerupuk ikan" and "Kerupuk Ikan" are one name. */
function sentraNameKey(name: string): string {
  return nameKey(name)
    .replace(/^sentra( ikm)? /, '')
    .trim();
}

/** Live sentra of the register by name key (build once per check, not per row). */
export type SentraIndex = ReadonlyMap<string, readonly SentraRef[]>;

export function sentraIndexOf(sentras: readonly SentraRef[]): SentraIndex {
  const index = new Map<string, SentraRef[]>();
  for (const s of sentras) {
    const key = sentraNameKey(s.name);
    if (key === '') continue;
    index.set(key, [...(index.get(key) ?? []), s]);
  }
  return index;
}

/**
 * The sentra an IKM row names: the only one with that name, else the only one in the IKM's
 * kab/kota, else the only one in its kecamatan. Several left (or none) → not linked.
 */
export function matchSentra(index: SentraIndex, name: string, ikmRegionCode: string): SentraMatch {
  const candidates = index.get(sentraNameKey(name)) ?? [];
  if (candidates.length === 0) return { status: 'not-found' };
  const kab = kabKotaOf(ikmRegionCode);
  const sameKab = (s: SentraRef): boolean => kab !== undefined && kabKotaOf(s.regionCode) === kab;
  const [only] = candidates;
  if (candidates.length === 1 && only)
    return { status: 'linked', sentra: only, otherKabKota: !sameKab(only) };
  const inKab = candidates.filter(sameKab);
  const [kabOnly] = inKab;
  if (inKab.length === 1 && kabOnly)
    return { status: 'linked', sentra: kabOnly, otherKabKota: false };
  const kec = kecamatanOf(ikmRegionCode);
  const inKec = inKab.filter((s) => kec !== undefined && kecamatanOf(s.regionCode) === kec);
  const [kecOnly] = inKec;
  if (inKec.length === 1 && kecOnly)
    return { status: 'linked', sentra: kecOnly, otherKabKota: false };
  return { status: 'ambiguous', candidates: inKab.length > 0 ? inKab : candidates };
}
