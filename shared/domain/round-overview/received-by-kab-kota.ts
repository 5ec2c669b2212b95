import type { ReceivedBundle, ReceivedLetter } from '../../bundle/received-bundle';
import { kabKotaOf, type RegionCode } from '../common/region';
import type { KabKota } from './round-overview';

/** One merged bundle as the province's round view lists it. */
interface ReceivedEntry {
  /** When it was merged here, and by whom. */
  at: string;
  user: string;
  /** The sending office as its manifest names it. */
  officeName: string;
  regionName: string;
  exportedAt: string;
  /** Its letters of this round's year. */
  letters: ReceivedLetter[];
}

export interface KabKotaReceipts {
  code: RegionCode;
  name: string;
  /** Oldest first; empty when the kab/kota has sent nothing for this round. */
  bundles: ReceivedEntry[];
}

export type MergedBundle = ReceivedBundle & { at: string; user: string };

/**
 * Per kab/kota of the list: the bundles merged here that carried this round's year (a round is its
 * year in every office), placed by the sender's region code. Kab/kota that sent nothing come first.
 */
export function receiptsByKabKota(
  bundles: readonly MergedBundle[],
  year: number,
  kabKotaList: readonly KabKota[],
): KabKotaReceipts[] {
  const rows = new Map<string, KabKotaReceipts>(
    kabKotaList.map((k) => [k.code, { code: k.code, name: k.name, bundles: [] }]),
  );
  for (const b of bundles) {
    if (!b.roundYears.includes(year)) continue;
    const code = kabKotaOf(b.office.regionCode ?? '');
    const row = code ? rows.get(code) : undefined;
    if (!row) continue;
    row.bundles.push({
      at: b.at,
      user: b.user,
      officeName: b.office.name,
      regionName: b.office.regionName ?? row.name,
      exportedAt: b.exportedAt,
      letters: b.letters.filter((l) => l.roundYear === year),
    });
  }
  const list = [...rows.values()];
  for (const r of list) r.bundles.sort((a, b) => a.at.localeCompare(b.at));
  return list.sort(
    (a, b) =>
      Number(a.bundles.length > 0) - Number(b.bundles.length > 0) || a.code.localeCompare(b.code),
  );
}
