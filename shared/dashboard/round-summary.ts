import { COMMODITIES, type Commodity } from '../domain/common/commodity';
import { kabKotaOf } from '../domain/common/region';
import type { Enterprise } from '../domain/enterprise/enterprise.schema';
import {
  NOMINATION_STATUSES,
  type Nomination,
  type NominationStatus,
} from '../domain/nomination/nomination.schema';
import type { Product } from '../domain/product/product.schema';
import type { ReadinessLight } from '../domain/readiness/finding';
import type { Round } from '../domain/round/round.schema';
import { daysLeft, roundPhase, type RoundPhase } from '../domain/round/round';
import type { IsoDate } from '../domain/common/date';

/** One nomination of the round with what the dashboard groups it by. */
export interface DashboardCandidate {
  nomination: Nomination;
  enterprise?: Pick<Enterprise, 'id' | 'regionCode'>;
  product?: Pick<Product, 'commodity'>;
  /** Undefined when readiness could not be computed (record missing). */
  light?: ReadinessLight;
}

export interface RoundSummary {
  roundId: string;
  /** Nominations of the round, withdrawn included (deleted ones never count). */
  total: number;
  /** Not withdrawn. */
  active: number;
  byStatus: Record<NominationStatus, number>;
  /** Readiness of active nominations that are still being prepared (before the letter is signed). */
  readiness: Record<ReadinessLight, number> & { unknown: number };
  /** Active nominations by the product's commodity. */
  byCommodity: Record<Commodity, number>;
  /** Active nominations by the IKM's kab/kota code; IKM that cannot be placed under ''. */
  byKabKota: Record<string, number>;
  daysLeft: number;
  phase: RoundPhase;
}

/** Statuses in which readiness still matters (the candidate is being prepared). */
export const PREPARING_STATUSES: readonly NominationStatus[] = ['draft', 'diperiksa', 'divalidasi'];

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/**
 * The round's figures in one pass over its nominations: counts by status, readiness lights of the
 * candidates still being prepared, active nominations by commodity and by kab/kota, and the days
 * left in the proposal window on `today`.
 */
export function summarizeRound(
  round: Pick<Round, 'id' | 'opensOn' | 'closesOn'>,
  candidates: readonly DashboardCandidate[],
  today: IsoDate,
): RoundSummary {
  const summary: RoundSummary = {
    roundId: round.id,
    total: 0,
    active: 0,
    byStatus: zeros(NOMINATION_STATUSES),
    readiness: { siap: 0, 'perlu-perhatian': 0, 'belum-siap': 0, unknown: 0 },
    byCommodity: zeros(COMMODITIES),
    byKabKota: {},
    daysLeft: daysLeft(round, today),
    phase: roundPhase(round, today),
  };
  for (const c of candidates) {
    const n = c.nomination;
    if (n.roundId !== round.id || n.deletedAt !== undefined) continue;
    summary.total++;
    summary.byStatus[n.status]++;
    if (n.status === 'ditarik') continue;
    summary.active++;
    if (PREPARING_STATUSES.includes(n.status)) {
      if (c.light) summary.readiness[c.light]++;
      else summary.readiness.unknown++;
    }
    if (c.product) summary.byCommodity[c.product.commodity]++;
    const kk = c.enterprise ? (kabKotaOf(c.enterprise.regionCode) ?? '') : '';
    summary.byKabKota[kk] = (summary.byKabKota[kk] ?? 0) + 1;
  }
  return summary;
}

/** The round the dashboard opens on: the newest year, then the latest opening date. */
export function pickCurrentRound<R extends Pick<Round, 'id' | 'year' | 'opensOn'>>(
  rounds: readonly R[],
): R | undefined {
  let best: R | undefined;
  for (const r of rounds) {
    if (!best || r.year > best.year || (r.year === best.year && r.opensOn > best.opensOn)) best = r;
  }
  return best;
}
