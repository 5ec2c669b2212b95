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
import { COMMODITIES, type Commodity } from '@shared/domain/common/commodity';
import { kabKotaOf } from '@shared/domain/common/region';
import type { KabKota } from '@shared/domain/round-overview/round-overview';
import type { Round } from '@shared/domain/round/round.schema';
import type { OfficeProfile } from '@shared/domain/office';
import type { AppRepositories } from '../../../db/app-repositories';
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

/** Totals from index counts (`page(limit 1).total` walks an index, never the rows). */
export async function loadRegisterState(repos: AppRepositories): Promise<RegisterState> {
  const [sentras, enterprises, rounds, office] = await Promise.all([
    repos.sentras.page({ filter: {}, sort: ANY, offset: 0, limit: 1 }),
    repos.enterprises.page({ filter: {}, sort: ANY, offset: 0, limit: 1 }),
    repos.rounds.list(),
    repos.office.get(),
  ]);
  return { sentras: sentras.total, enterprises: enterprises.total, rounds, office: office.profile, officeComplete: office.complete };
}

/** IKM per kab/kota and per commodity, one index count each (about 40 + 6 counts at 100,000 IKM). */
async function registerCounts(repos: AppRepositories, state: RegisterState, kabKota: readonly KabKota[]): Promise<RegisterCounts> {
  const count = (filter: { kabKotaCode?: string; commodity?: Commodity }) =>
    repos.enterprises.page({ filter, sort: ANY, offset: 0, limit: 1 }).then((p) => p.total);
  const [byKabKota, byCommodity] = await Promise.all([
    Promise.all(kabKota.map(async (k) => [k.code, await count({ kabKotaCode: k.code })] as const)),
    Promise.all(COMMODITIES.map(async (c) => [c, await count({ commodity: c })] as const)),
  ]);
  return {
    enterprises: state.enterprises,
    sentras: state.sentras,
    enterprisesByKabKota: kabKotaBars(kabKota, Object.fromEntries(byKabKota)),
    enterprisesByCommodity: commodityBars(Object.fromEntries(byCommodity)),
  };
}

/** Awards: earlier awards of every IKM (tens of rows) and the awarded nominations of every round. */
async function awardFacts(repos: AppRepositories, rounds: readonly Round[]): Promise<{ records: AwardRecord[]; awarded: AwardFact[] }> {
  const [records, awarded] = await Promise.all([repos.enterprises.awards.listLive(), repos.nominations.listByStatus('dianugerahi')]);
  const roundById = new Map(rounds.map((r) => [r.id as string, r]));
  const facts: AwardFact[] = [];
  for (const n of awarded) {
    const round = roundById.get(n.roundId);
    if (!round || n.stars === undefined) continue;
    facts.push({ enterpriseId: n.enterpriseId, year: round.year, stars: n.stars, scale: round.starScale });
  }
  return { records, awarded: facts };
}

async function roundLetters(repos: AppRepositories, roundId: string): Promise<LetterSummary[]> {
  const letters = await repos.letters.listByRound(roundId);
  return letters.map((l) => ({ id: l.id, roundId: l.roundId, status: l.status, hal: l.hal, date: l.date, ...(l.number ? { number: l.number } : {}), ...(l.signedCopyHash ? { signedCopyHash: l.signedCopyHash } : {}) }));
}

/** Everything Beranda shows for `round`, loaded once (the page memoises it until the round changes). */
export async function loadDashboard(repos: AppRepositories, state: RegisterState, round: Round, today: string): Promise<DashboardData> {
  const nominations = await repos.nominations.listByRound(round.id);
  const loaded = await loadCandidates(repos, round, nominations);
  const nominatedKabKota = loaded.enterprises.flatMap((e) => kabKotaOf(e.regionCode) ?? []);
  const officeRegion = state.officeComplete ? state.office.regionCode : undefined;
  const kabKota = await dashboardKabKota(officeRegion, nominatedKabKota);
  const [register, awards, letters] = await Promise.all([registerCounts(repos, state, kabKota), awardFacts(repos, state.rounds), roundLetters(repos, round.id)]);
  return buildDashboard({
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
}
