import { pickCurrentRound } from '@shared/dashboard';
import { COMMODITIES } from '@shared/domain/common/commodity';
import type { NominationStatus } from '@shared/domain/nomination/nomination.schema';
import { seedRound } from '../../app-hooks/e2e-seed';
import { initAppDatabase } from '../../../renderer/src/db/app-repositories';
import { DATABASE_NAME } from '../../../renderer/src/db/database';
import {
  loadDashboard,
  loadRegisterBreakdown,
  loadRegisterState,
} from '../../../renderer/src/features/dashboard/data/load-dashboard';
import type { DashboardLoadResult } from './bench-api';
import { seed } from './page-db';

const KAB_KOTA = [
  '63.01',
  '63.02',
  '63.03',
  '63.04',
  '63.05',
  '63.06',
  '63.07',
  '63.08',
  '63.09',
  '63.10',
  '63.11',
  '63.71',
  '63.72',
];
const STATUSES: NominationStatus[] = [
  'draft',
  'diperiksa',
  'divalidasi',
  'surat-ditandatangani',
  'diunggah',
  'dinilai',
];
const TODAY = '2026-05-20';

/**
 * Seeds the APP's database (same origin as the built renderer) with `rows` IKM and one round of
 * `nominees` nominations spread over the 13 kab/kota of Kalimantan Selatan, every status and
 * commodity, some with a halal certificate expiring before the round closes, two final letters
 * without a signed copy and earlier awards on both star scales.
 */
export async function seedDashboard(rows: number, nominees: number): Promise<number> {
  await seed(rows, DATABASE_NAME);
  const repos = await initAppDatabase();
  await seedRound(repos, {
    year: 2026,
    candidates: Array.from({ length: nominees }, (_, i) => ({
      name: `IKM Tolok Ukur ${i + 1}`,
      kabKota: KAB_KOTA[i % KAB_KOTA.length],
      commodity: COMMODITIES[i % COMMODITIES.length],
      status: STATUSES[i % STATUSES.length],
      ...(i % 7 === 0 ? { credentialExpiresOn: '2026-06-30' } : {}),
    })),
    finalLettersWithoutScan: 2,
    awards: [
      { year: 2022, stars: 4, scale: 5 },
      { year: 2023, stars: 3, scale: 3 },
      { year: 2024, stars: 5, scale: 5 },
    ],
  });
  return (await loadRegisterState(repos)).enterprises;
}

/**
 * Ours, as Beranda loads them: (1) the round's figures (register totals, the round's nominations with
 * their IKM, readiness, letters, awards); (2) the register breakdown per kab/kota and commodity.
 * Peer: one pass over every IKM row (Dexie each), counting per kab/kota.
 */
export async function dashboardLoad(runs: number): Promise<DashboardLoadResult> {
  const repos = await initAppDatabase();
  const figuresMs: number[] = [];
  const breakdownMs: number[] = [];
  const peerMs: number[] = [];
  let figures = { enterprises: 0, nominations: 0, kabKota: 0 };
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const state = await loadRegisterState(repos);
    const round = pickCurrentRound(state.rounds);
    if (!round) throw new Error('periode belum diisi');
    const { data, kabKota } = await loadDashboard(repos, state, round, TODAY);
    const t1 = performance.now();
    const breakdown = await loadRegisterBreakdown(repos, state, kabKota);
    const t2 = performance.now();
    figuresMs.push(t1 - t0);
    breakdownMs.push(t2 - t1);
    const counted = breakdown.enterprisesByKabKota.reduce((n, b) => n + b.count, 0);
    figures = {
      enterprises: counted,
      nominations: data.summary.total,
      kabKota: breakdown.enterprisesByKabKota.length,
    };

    const t3 = performance.now();
    const perKabKota = new Map<string, number>();
    await repos.ctx.db.enterprises.each(
      (r) => void perKabKota.set(r.kabKotaCode, (perKabKota.get(r.kabKotaCode) ?? 0) + 1),
    );
    peerMs.push(performance.now() - t3);
  }
  return { figuresMs, breakdownMs, peerMs, ...figures };
}
