import type { KabKota } from '@shared/domain/round-overview/round-overview';
import { loadKabKota } from '../../../regions';

/** "KABUPATEN HULU SUNGAI SELATAN" → "Kabupaten Hulu Sungai Selatan". */
function displayName(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s(-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * The kab/kota the dashboard lists: a kab/kota office sees its own; a province office every kab/kota
 * of the province (so those that proposed nothing show). Without a profile, the provinces of
 * `fallbackCodes` (the nominated IKM). Unknown codes are shown by their code.
 */
export async function dashboardKabKota(
  officeRegion: string | undefined,
  fallbackCodes: readonly string[],
): Promise<KabKota[]> {
  const provinces =
    officeRegion && /^\d{2}/.test(officeRegion)
      ? [officeRegion.slice(0, 2)]
      : [...new Set(fallbackCodes.map((c) => c.slice(0, 2)))];
  const list: KabKota[] = [];
  for (const p of provinces) {
    try {
      for (const e of await loadKabKota(p)) list.push({ code: e.code, name: displayName(e.name) });
    } catch {
      // Region asset missing: the codes themselves are shown below.
    }
  }
  const own =
    officeRegion && /^\d{2}\.\d{2}$/.test(officeRegion)
      ? list.filter((k) => k.code === officeRegion)
      : list;
  const known = new Set(own.map((k) => k.code));
  for (const c of fallbackCodes) {
    if (!/^\d{2}\.\d{2}$/.test(c) || known.has(c)) continue;
    known.add(c);
    own.push({ code: c, name: c });
  }
  return own.sort((a, b) => a.code.localeCompare(b.code));
}
