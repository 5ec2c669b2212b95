import { initAppDatabase, type AppRepositories } from '../db/app-repositories';
import { readLossReference } from '../features/backup/snapshots';
import { safeCheckForLoss, setStartupLossCheck } from '../features/backup/startup-check';
import {
  prefetchEnterpriseList,
  preloadEnterpriseList,
} from '../features/enterprise/enterprise-preload';
import { routeOfHash } from './pages';

/** Longest the start-up progress bar waits for the first page's code and rows (then the page loads them itself). */
const PRELOAD_WAIT_MS = 3000;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Start-up work that does not need React, begun together instead of one after another: the code of
 * the page the URL points at (on the IKM list also the kab/kota names), the register's open, then
 * its loss check and, on the IKM list, the grid's first page; on Beranda, its figures. RecoveryGate gets the loss check
 * (with the page's preload folded in) and still shows no page before the check passed; waiting for
 * the preload there means the page shows complete, without a Suspense fallback in between.
 */
function startUp(hash: string): Promise<AppRepositories> {
  const route = routeOfHash(hash);
  const ikmList = route?.page.key === 'ikm' && route.list;
  // A failed preload is harmless: the lazy route loads (and reports) it again.
  const code = Promise.all([
    route ? route.page.page.preload() : undefined,
    ikmList ? preloadEnterpriseList() : undefined,
  ]).catch(() => undefined);
  // Beranda lists the kab/kota of the round's figures from the region index: read while the register
  // opens instead of after the round's nominations (the catalog keeps it; a failure is retried there).
  if (route?.page.key === 'beranda')
    void import('../regions').then((m) => m.loadProvinces()).catch(() => undefined);
  // Beranda's reads start the moment the register is open: their code is fetched while it opens
  // (asked for only then, it arrived after the loss check had finished).
  const berandaCode =
    route?.page.key === 'beranda' && !hash.includes('periode=')
      ? import('../features/dashboard/dashboard-prefetch')
      : undefined;
  berandaCode?.catch(() => undefined);
  // What the loss check compares with (the web marker's file copy, a desktop snapshot) is read
  // while the register opens, not after.
  const reference = readLossReference();
  return initAppDatabase().then((repos) => {
    const check = safeCheckForLoss(repos.ctx, reference);
    const registerOk = check.then((c) => c.state === 'ok');
    const rows = ikmList ? prefetchEnterpriseList(repos, registerOk) : undefined;
    const beranda = berandaCode?.then((m) => m.prefetchDashboard(repos, registerOk));
    const pageReady = Promise.all([code, rows, beranda]).catch(() => undefined);
    setStartupLossCheck(
      repos.ctx,
      check.then(async (c) => {
        if (c.state === 'ok') await Promise.race([pageReady, delay(PRELOAD_WAIT_MS)]);
        return c;
      }),
    );
    return repos;
  });
}

/**
 * Begun when this module is evaluated: main.tsx imports it first, so the register opens while the
 * browser still evaluates React, MUI and the frame.
 */
export const startedUp: Promise<AppRepositories> = startUp(window.location.hash);
