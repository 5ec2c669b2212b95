import { afterEach, describe, expect, it } from 'vitest';
import {
  buildAppRepositories,
  type AppRepositories,
} from '../../../../../renderer/src/db/app-repositories';
import { indexedDbBlobStore } from '../../../../../renderer/src/db/blob-store';
import {
  FIRST_GRID_QUERY,
  forgetFirstGridPage,
  loadEnterpriseGridPage,
  prefetchedGridPage,
  prefetchFirstGridPage,
} from '../../../../../renderer/src/features/enterprise/enterprise-grid-page';
import { prefetchEnterpriseList } from '../../../../../renderer/src/features/enterprise/enterprise-preload';
import { formOf, makeContext } from '../../../../support/factories/db';
import { makeEnterprise } from '../../../../support/factories/register';

afterEach(() => {
  forgetFirstGridPage();
});

async function registerWith(names: readonly string[]): Promise<AppRepositories> {
  const ctx = await makeContext();
  const repos = buildAppRepositories(ctx, indexedDbBlobStore(ctx.db));
  for (const [i, name] of names.entries()) {
    const { sentraId: _s, ...form } = formOf(
      makeEnterprise({ name, nib: String(9120000000000 + i) }),
    );
    await repos.enterprises.create(form);
  }
  return repos;
}

describe('the IKM grid page read at start-up', () => {
  it('gives the opening grid the same rows, A–Z, and total that its own query would read', async () => {
    const repos = await registerWith(['UD Sasirangan', 'CV Amplang', 'UD Kerupuk Haruan']);
    await prefetchFirstGridPage(repos);
    const prefetched = prefetchedGridPage(FIRST_GRID_QUERY);
    expect(prefetched?.rows.map((r) => r.name)).toEqual([
      'CV Amplang',
      'UD Kerupuk Haruan',
      'UD Sasirangan',
    ]);
    expect(prefetched?.total).toBe(3);
    expect(prefetched).toEqual(await loadEnterpriseGridPage(repos, FIRST_GRID_QUERY));
  });

  it('is not used for another query, nor after the first list page took it', async () => {
    const repos = await registerWith(['UD Sasirangan', 'CV Amplang']);
    await prefetchFirstGridPage(repos);
    expect(prefetchedGridPage({ ...FIRST_GRID_QUERY, sortDirection: 'desc' })).toBeUndefined();
    expect(prefetchedGridPage({ ...FIRST_GRID_QUERY, search: 'amp' })).toBeUndefined();
    forgetFirstGridPage();
    expect(prefetchedGridPage(FIRST_GRID_QUERY)).toBeUndefined();
  });

  it('is dropped when the loss check did not pass, so a restored register is read afresh', async () => {
    const repos = await registerWith(['CV Amplang']);
    await prefetchEnterpriseList(repos, Promise.resolve(false));
    expect(prefetchedGridPage(FIRST_GRID_QUERY)).toBeUndefined();
    await prefetchEnterpriseList(repos, Promise.resolve(true));
    expect(prefetchedGridPage(FIRST_GRID_QUERY)?.rows.map((r) => r.name)).toEqual(['CV Amplang']);
  });
});
