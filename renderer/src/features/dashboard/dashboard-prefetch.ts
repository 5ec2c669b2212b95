import { pickCurrentRound } from '@shared/dashboard';
import { appRepositories } from '../../db/app-repositories';
import { localIsoDate } from '../letter/letter-records';
import { loadDashboard, loadRegisterBreakdown, loadRegisterState, withBreakdown } from './data/load-dashboard';
import type { DashboardState } from './use-dashboard';

type Ready = Extract<DashboardState, { status: 'ready' }>;

/** Beranda's data for the newest round, as `useDashboard` loads it, all in one go. */
async function loadCurrent(): Promise<Ready> {
  const repos = appRepositories();
  const register = await loadRegisterState(repos);
  const round = pickCurrentRound(register.rounds);
  if (!round) return { status: 'ready', register };
  const { data, kabKota } = await loadDashboard(repos, register, round, localIsoDate(new Date()));
  const breakdown = await loadRegisterBreakdown(repos, register, kabKota);
  return { status: 'ready', register, round, data, full: withBreakdown(data, breakdown) };
}

let prefetched: Ready | undefined;
/** Set once Beranda asked: a read finishing after that is dropped, never shown on a later visit. */
let claimed = false;

/**
 * Start-up on `#/` (no round chosen in the URL), once the register is open: Beranda's data, read
 * after the loss check passed and while React and the page's code load, so the first paint already
 * shows the figures. Nothing is kept when the check did not pass or the read failed (the page then
 * loads as usual and reports the error itself).
 */
export async function prefetchDashboard(registerOk: Promise<boolean>): Promise<void> {
  prefetched = undefined;
  claimed = false;
  if (!(await registerOk)) return;
  const ready = await loadCurrent().catch(() => undefined);
  if (!claimed) prefetched = ready;
}

/** The prefetched data, given out once (a later visit to Beranda loads afresh). */
export function takePrefetchedDashboard(): Ready | undefined {
  claimed = true;
  const taken = prefetched;
  prefetched = undefined;
  return taken;
}
