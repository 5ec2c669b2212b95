import type { EnterpriseId, NominationId, SentraId } from '../common/ids';
import { kabKotaOf, type RegionCode } from '../common/region';
import type { Enterprise } from '../enterprise/enterprise.schema';
import {
  NOMINATION_STATUSES,
  type Nomination,
  type NominationStatus,
} from '../nomination/nomination.schema';
import type { ReadinessLight } from '../readiness/finding';
import type { Round } from '../round/round.schema';
import type { Sentra } from '../sentra/sentra.schema';

export interface KabKota {
  code: RegionCode;
  name: string;
}

export interface KabKotaOverview {
  code: RegionCode;
  name: string;
  /** Distinct sentra of the IKM counted in `enterpriseCount`. */
  sentraCount: number;
  /** Distinct IKM with a new ("baru") nomination that can still go forward (see `countsForQuota`). */
  enterpriseCount: number;
  /** Re-evaluations of star holders that can still go forward, shown apart from the quota. */
  reEvaluationCount: number;
  /** Nominations in the round, withdrawn included. */
  nominationCount: number;
  sentraQuota: number;
  enterpriseQuota: number;
  quotaMet: boolean;
  readiness: Record<ReadinessLight, number>;
  /** Nominations whose readiness the caller did not supply. */
  readinessUnknown: number;
  statuses: Record<NominationStatus, number>;
}

export interface RoundOverview {
  rows: KabKotaOverview[];
  /** Nominations whose IKM could not be placed in a listed kab/kota. */
  unplaced: number;
}

/** Statuses that cannot go forward any more: a draft, a failed or rejected one, a withdrawn one. */
const NOT_GOING_FORWARD: readonly NominationStatus[] = [
  'draft',
  'gagal-administrasi',
  'tidak-dianugerahi',
  'ditarik',
];

/** The quota counts only nominations that can still go forward. */
function countsForQuota(status: NominationStatus): boolean {
  return !NOT_GOING_FORWARD.includes(status);
}

function zeroStatuses(): Record<NominationStatus, number> {
  return Object.fromEntries(NOMINATION_STATUSES.map((s) => [s, 0])) as Record<
    NominationStatus,
    number
  >;
}

/**
 * Per kab/kota: nominated sentra and IKM against the round's quota, readiness lights and status
 * counts. A kab/kota is placed by the IKM's region code. Kab/kota with nothing nominated come
 * first, then those below quota, then the rest; each group by code.
 */
export function roundOverview(
  round: Pick<Round, 'id' | 'quota'>,
  nominations: readonly Nomination[],
  enterprises: readonly Enterprise[],
  sentras: readonly Sentra[],
  kabKotaList: readonly KabKota[],
  readiness: ReadonlyMap<NominationId, ReadinessLight> = new Map(),
): RoundOverview {
  const enterpriseById = new Map<EnterpriseId, Enterprise>(enterprises.map((e) => [e.id, e]));
  const liveSentra = new Set<SentraId>(
    sentras.filter((s) => s.deletedAt === undefined).map((s) => s.id),
  );
  const acc = new Map<
    RegionCode,
    { sentra: Set<SentraId>; enterprise: Set<EnterpriseId>; row: KabKotaOverview }
  >();
  for (const k of kabKotaList) {
    acc.set(k.code, {
      sentra: new Set(),
      enterprise: new Set(),
      row: {
        code: k.code,
        name: k.name,
        sentraCount: 0,
        enterpriseCount: 0,
        reEvaluationCount: 0,
        nominationCount: 0,
        sentraQuota: round.quota.minSentraPerKabKota,
        enterpriseQuota: round.quota.minEnterprisePerKabKota,
        quotaMet: false,
        readiness: { siap: 0, 'perlu-perhatian': 0, 'belum-siap': 0 },
        readinessUnknown: 0,
        statuses: zeroStatuses(),
      },
    });
  }
  let unplaced = 0;
  for (const n of nominations) {
    if (n.roundId !== round.id || n.deletedAt !== undefined) continue;
    const enterprise = enterpriseById.get(n.enterpriseId);
    const kk = enterprise ? kabKotaOf(enterprise.regionCode) : undefined;
    const slot = kk ? acc.get(kk) : undefined;
    if (!enterprise || !slot) {
      unplaced++;
      continue;
    }
    slot.row.nominationCount++;
    slot.row.statuses[n.status]++;
    if (n.status === 'ditarik') continue;
    if (countsForQuota(n.status)) {
      if (n.kind === 'evaluasi-ulang') slot.row.reEvaluationCount++;
      else {
        slot.enterprise.add(enterprise.id);
        if (enterprise.sentraId !== undefined && liveSentra.has(enterprise.sentraId))
          slot.sentra.add(enterprise.sentraId);
      }
    }
    const light = readiness.get(n.id);
    if (light) slot.row.readiness[light]++;
    else slot.row.readinessUnknown++;
  }
  const rows = [...acc.values()].map(({ sentra, enterprise, row }) => {
    const r = { ...row, sentraCount: sentra.size, enterpriseCount: enterprise.size };
    r.quotaMet = r.sentraCount >= r.sentraQuota && r.enterpriseCount >= r.enterpriseQuota;
    return r;
  });
  const rank = (r: KabKotaOverview) => (r.enterpriseCount === 0 ? 0 : r.quotaMet ? 2 : 1);
  rows.sort((a, b) => rank(a) - rank(b) || a.code.localeCompare(b.code));
  return { rows, unplaced };
}
