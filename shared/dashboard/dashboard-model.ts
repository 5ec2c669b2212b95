import type { StarScale } from '../domain/award/award.schema';
import { COMMODITY_LABELS, COMMODITIES, type Commodity } from '../domain/common/commodity';
import type { IsoDate } from '../domain/common/date';
import type { KabKota, KabKotaOverview } from '../domain/round-overview/round-overview';
import type { Round } from '../domain/round/round.schema';
import type { AwardYearRow } from './award-history';
import type { ExpiringCredential, LetterSummary } from './deadlines';
import type { RoundSummary } from './round-summary';

/** One bar of a chart / one line of a count table. */
export interface CountBar {
  key: string;
  label: string;
  count: number;
}

/** Counts of the whole register (from index counts, not by reading 100,000 rows). */
export interface RegisterCounts {
  enterprises: number;
  sentras: number;
  enterprisesByKabKota: CountBar[];
  enterprisesByCommodity: CountBar[];
}

/** Everything Beranda and the recap report show for one round. */
export interface DashboardData {
  round: Pick<Round, 'id' | 'name' | 'year' | 'opensOn' | 'closesOn' | 'starScale' | 'quota'>;
  today: IsoDate;
  summary: RoundSummary;
  /** Quota per kab/kota, those with nothing nominated first (from the domain's roundOverview). */
  quota: KabKotaOverview[];
  register: RegisterCounts;
  expiring: ExpiringCredential[];
  letters: LetterSummary[];
  awards: Record<StarScale, AwardYearRow[]>;
}

/** Bars per kab/kota in code order (every listed kab/kota, zero included), then unknown codes. */
export function kabKotaBars(
  kabKota: readonly KabKota[],
  counts: Readonly<Record<string, number>>,
): CountBar[] {
  const known = new Set(kabKota.map((k) => k.code));
  const bars = kabKota.map((k) => ({ key: k.code, label: k.name, count: counts[k.code] ?? 0 }));
  for (const [code, count] of Object.entries(counts)) {
    if (!known.has(code) && count > 0)
      bars.push({ key: code, label: code === '' ? 'Wilayah tidak diketahui' : code, count });
  }
  return bars;
}

/** Bars per commodity in the fixed order; 'lainnya' only when it has rows. */
export function commodityBars(counts: Readonly<Partial<Record<Commodity, number>>>): CountBar[] {
  return COMMODITIES.filter((c) => c !== 'lainnya' || (counts[c] ?? 0) > 0).map((c) => ({
    key: c,
    label: COMMODITY_LABELS[c],
    count: counts[c] ?? 0,
  }));
}

/** True when there is nothing to show yet: no sentra, no IKM and no round. */
export function isEmptyRegister(counts: {
  sentras: number;
  enterprises: number;
  rounds: number;
}): boolean {
  return counts.sentras === 0 && counts.enterprises === 0 && counts.rounds === 0;
}
