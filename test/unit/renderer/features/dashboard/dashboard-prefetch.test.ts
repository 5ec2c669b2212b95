import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  buildAppRepositories,
  type AppRepositories,
} from '../../../../../renderer/src/db/app-repositories';
import { indexedDbBlobStore } from '../../../../../renderer/src/db/blob-store';
import {
  prefetchDashboard,
  takePrefetchedDashboard,
} from '../../../../../renderer/src/features/dashboard/dashboard-prefetch';
import { formOf, makeContext } from '../../../../support/factories/db';
import { makeEnterprise } from '../../../../support/factories/register';

afterEach(() => {
  takePrefetchedDashboard();
});

async function registerWith(count: number): Promise<AppRepositories> {
  const ctx = await makeContext();
  const repos = buildAppRepositories(ctx, indexedDbBlobStore(ctx.db));
  for (let i = 0; i < count; i++) {
    const { sentraId: _s, ...form } = formOf(
      makeEnterprise({ name: `IKM ${i}`, nib: String(9120000000000 + i) }),
    );
    await repos.enterprises.create(form);
  }
  return repos;
}

describe('Beranda read at start-up', () => {
  it('hands Beranda the register totals once; a second visit reads afresh', async () => {
    const repos = await registerWith(3);
    await prefetchDashboard(repos, Promise.resolve(true));
    const first = takePrefetchedDashboard();
    expect(first).toMatchObject({
      status: 'ready',
      register: { enterprises: 3, sentras: 0, rounds: [] },
    });
    expect(takePrefetchedDashboard()).toBeUndefined();
  });

  it('reads while the loss check still runs, and hands the read over once it passed', async () => {
    const repos = await registerWith(2);
    const counts = vi.spyOn(repos.enterprises, 'counts');
    let pass: (ok: boolean) => void = () => undefined;
    const reading = prefetchDashboard(repos, new Promise<boolean>((resolve) => (pass = resolve)));
    await vi.waitFor(() => expect(counts).toHaveBeenCalled());
    pass(true);
    await reading;
    expect(takePrefetchedDashboard()).toMatchObject({ register: { enterprises: 2 } });
  });

  it('keeps nothing when the loss check did not pass (the register is about to be restored)', async () => {
    const repos = await registerWith(2);
    await prefetchDashboard(repos, Promise.resolve(false));
    expect(takePrefetchedDashboard()).toBeUndefined();
  });

  it('drops a read that finishes after Beranda already asked, so a later visit never shows it', async () => {
    const repos = await registerWith(1);
    let pass: (ok: boolean) => void = () => undefined;
    const reading = prefetchDashboard(repos, new Promise<boolean>((resolve) => (pass = resolve)));
    expect(takePrefetchedDashboard()).toBeUndefined(); // the page mounted first and loads itself
    await repos.enterprises.create(
      (({ sentraId: _s, ...f }) => f)(
        formOf(makeEnterprise({ name: 'IKM baru', nib: '9120000000999' })),
      ),
    );
    pass(true);
    await reading;
    expect(takePrefetchedDashboard()).toBeUndefined();
  });
});
