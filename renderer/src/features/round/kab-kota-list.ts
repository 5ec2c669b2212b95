import type { KabKota } from '@shared/domain/round-overview/round-overview';
import { loadKabKota } from '../../regions';

/** "KABUPATEN HULU SUNGAI SELATAN" → "Kabupaten Hulu Sungai Selatan". */
function displayRegionName(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s(-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * Every kab/kota of the provinces the register touches (so kab/kota that proposed nothing are
 * listed), plus any code the catalog does not know, shown by its code.
 */
export async function kabKotaListFor(codes: readonly string[]): Promise<KabKota[]> {
  const wanted = [...new Set(codes.filter((c) => /^\d{2}\.\d{2}$/.test(c)))];
  const provinces = [...new Set(wanted.map((c) => c.slice(0, 2)))];
  const byCode = new Map<string, KabKota>();
  for (const p of provinces) {
    try {
      for (const e of await loadKabKota(p))
        byCode.set(e.code, { code: e.code, name: displayRegionName(e.name) });
    } catch {
      // Region asset missing or unreadable: fall back to the codes themselves below.
    }
  }
  for (const c of wanted) if (!byCode.has(c)) byCode.set(c, { code: c, name: c });
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}
