import type { AppRepositories } from '../../db';
import { localIsoDate } from '../letter/letter-records';
import { loadBeranda, type BerandaReady } from './data/load-beranda';

/** Beranda's data for the newest round, as the page loads it (`loadBeranda`), kept at its last stage. */
async function loadCurrent(repos: AppRepositories): Promise<BerandaReady | undefined> {
  let last: BerandaReady | undefined;
  await loadBeranda(repos, undefined, localIsoDate(new Date()), (state) => {
    last = state;
  });
  return last;
}

let prefetched: BerandaReady | undefined;
/** Set once Beranda asked: a read finishing after that is dropped, never shown on a later visit. */
let claimed = false;

/**
 * Start-up on `#/` (no round chosen in the URL), once the register is open: Beranda's data, read
 * while the loss check runs and React and the page's code load, so the first paint already shows
 * the figures. Nothing is kept when the check did not pass (after a restore Beranda must read the
 * restored register) or the read failed (the page then loads as usual and reports the error itself).
 */
export async function prefetchDashboard(
  repos: AppRepositories,
  registerOk: Promise<boolean>,
): Promise<void> {
  prefetched = undefined;
  claimed = false;
  const [ready, ok] = await Promise.all([loadCurrent(repos).catch(() => undefined), registerOk]);
  if (ok && !claimed) prefetched = ready;
}

/** The prefetched data, given out once (a later visit to Beranda loads afresh). */
export function takePrefetchedDashboard(): BerandaReady | undefined {
  claimed = true;
  const taken = prefetched;
  prefetched = undefined;
  return taken;
}
