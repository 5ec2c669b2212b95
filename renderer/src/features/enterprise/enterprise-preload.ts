import type { AppRepositories } from '../../db';
import { lazyPage } from '../../ui/lazy-page';

/** The IKM page's own screens, loaded on demand (EnterprisePage) or ahead (start-up). */
export const enterpriseListPage = lazyPage(() => import('./EnterpriseListPage'));
export const enterpriseDetailPage = lazyPage(() => import('./EnterpriseDetailPage'));

/** Start-up on `#/ikm`, before the register is open: the grid's code and the kab/kota names of its column. */
export function preloadEnterpriseList(): Promise<unknown> {
  return Promise.all([
    enterpriseListPage.preload(),
    import('../../ui/use-kab-kota-names').then((m) => m.loadKabKotaOptions()),
  ]);
}

/**
 * Start-up on `#/ikm`, once the register is open: the grid's first page of rows, read while the loss
 * check runs. Dropped again when the check did not pass (`registerOk` false): after a restore the
 * grid must read the restored register.
 */
export async function prefetchEnterpriseList(
  repos: AppRepositories,
  registerOk: Promise<boolean>,
): Promise<void> {
  const { prefetchFirstGridPage, forgetFirstGridPage } = await import('./enterprise-grid-page');
  const [, ok] = await Promise.all([prefetchFirstGridPage(repos), registerOk]);
  if (!ok) forgetFirstGridPage();
}
