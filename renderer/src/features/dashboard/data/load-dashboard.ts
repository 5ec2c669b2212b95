import {
  buildDashboard,
  commodityBars,
  kabKotaBars,
  type AwardFact,
  type DashboardData,
  type LetterSummary,
  type RegisterCounts,
} from '@shared/dashboard';
import type { AwardRecord } from '@shared/domain/award/award.schema';
import { kabKotaOf } from '@shared/domain/common/region';
import type { KabKota } from '@shared/domain/round-overview/round-overview';
import type { Round } from '@shared/domain/round/round.schema';
import type { OfficeProfile } from '@shared/domain/office';
import type { AppRepositories } from '../../../db';
import { dashboardKabKota } from './kab-kota';
import { loadCandidates } from './load-candidates';

/** What decides between the first-run page and the dashboard. */
export interface RegisterState {
  sentras: number;
  enterprises: number;
  rounds: Round[];
  office: OfficeProfile;
  officeComplete: boolean;
}

const ANY = { field: 'name', direction: 'asc' } as const;

/** Totals: the IKM from the register's kept counts, the sentra (thousands at most) from an index count. */
export async function loadRegisterState(repos: AppRepositories): Promise<RegisterState> {
  const [sentras, enterprises, rounds, office] = await Promise.all([
    repos.sentras.page({ filter: {}, sort: ANY, offset: 0, limit: 1 }),
    repos.enterprises.counts(),
    repos.rounds.list(),
    repos.office.get(),
  ]);
  return {
    sentras: sentras.total,
    enterprises: enterprises.live,
    rounds,
    office: office.profile,
    officeComplete: office.complete,
  };
}

/**
 * IKM per kab/kota and per commodity from the counts the register keeps in step with every write
 * (one read at any size; after an upgrade the first read counts once, in one pass).
 */
export async function loadRegisterBreakdown(
  repos: AppRepositories,
  state: RegisterState,
  kabKota: readonly KabKota[],
): Promise<RegisterCounts> {
  const counts = await repos.enterprises.counts();
  return {
    enterprises: state.enterprises,
    sentras: state.sentras,
    // The office's kab/kota only (IKM registered elsewhere are not this office's bars).
    enterprisesByKabKota: kabKotaBars(
      kabKota,
      Object.fromEntries(kabKota.map((k) => [k.code, counts.byKabKota[k.code] ?? 0])),
    ),
    enterprisesByCommodity: commodityBars(counts.byCommodity),
  };
}

/** Awards: earlier awards of every IKM (tens of rows) and the awarded nominations of every round. */
async function awardFacts(
  repos: AppRepositories,
  rounds: readonly Round[],
): Promise<{ records: AwardRecord[]; awarded: AwardFact[] }> {
  const [records, awarded] = await Promise.all([
    repos.enterprises.awards.listLive(),
    repos.nominations.listByStatus('dianugerahi'),
  ]);
  const roundById = new Map(rounds.map((r) => [r.id as string, r]));
  const facts: AwardFact[] = [];
  for (const n of awarded) {
    const round = roundById.get(n.roundId);
    if (!round || n.stars === undefined) continue;
    facts.push({
      enterpriseId: n.enterpriseId,
      year: round.year,
      stars: n.stars,
      scale: round.starScale,
    });
  }
  return { records, awarded: facts };
}

async function roundLetters(repos: AppRepositories, roundId: string): Promise<LetterSummary[]> {
  const letters = await repos.letters.listByRound(roundId);
  return letters.map((l) => ({
    id: l.id,
    roundId: l.roundId,
    status: l.status,
    hal: l.hal,
    date: l.date,
    ...(l.number ? { number: l.number } : {}),
    ...(l.signedCopyHash ? { signedCopyHash: l.signedCopyHash } : {}),
  }));
}

/** The round's figures of Beranda, and the kab/kota its register breakdown is counted for. */
export interface RoundDashboard {
  /** Register totals are exact; the per kab/kota and per commodity bars are empty until `withBreakdown`. */
  data: DashboardData;
  kabKota: KabKota[];
}

/**
 * Everything Beranda shows for `round` except the register breakdown (`loadRegisterBreakdown`):
 * the round's nominations with their IKM, readiness, quota, deadlines, letters and awards.
 */
export async function loadDashboard(
  repos: AppRepositories,
  state: RegisterState,
  round: Round,
  today: string,
): Promise<RoundDashboard> {
  const nominations = await repos.nominations.listByRound(round.id);
  const loaded = await loadCandidates(repos, round, nominations);
  const nominatedKabKota = loaded.enterprises.flatMap((e) => kabKotaOf(e.regionCode) ?? []);
  const officeRegion = state.officeComplete ? state.office.regionCode : undefined;
  const kabKota = await dashboardKabKota(officeRegion, nominatedKabKota);
  const [awards, letters] = await Promise.all([
    awardFacts(repos, state.rounds),
    roundLetters(repos, round.id),
  ]);
  const register: RegisterCounts = {
    enterprises: state.enterprises,
    sentras: state.sentras,
    enterprisesByKabKota: [],
    enterprisesByCommodity: [],
  };
  const data = buildDashboard({
    round,
    today,
    candidates: loaded.candidates,
    enterprises: loaded.enterprises,
    sentras: loaded.sentras,
    kabKota,
    register,
    credentials: loaded.credentials,
    letters,
    awardRecords: awards.records,
    awardedNominations: awards.awarded,
  });
  return { data, kabKota };
}

/** The whole dashboard (what the recap report needs) once the breakdown has been counted. */
export function withBreakdown(data: DashboardData, breakdown: RegisterCounts): DashboardData {
  return { ...data, register: breakdown };
}
