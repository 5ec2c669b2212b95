import { afterEach, describe, expect, it } from 'vitest';
import type { Enterprise } from '@shared/domain/enterprise/enterprise.schema';
import type { Sentra } from '@shared/domain/sentra/sentra.schema';
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
import {
  makeCredential,
  makeEnterprise,
  makeReadyFoodCandidate,
} from '../../../../support/factories/register';
import { localIsoDate } from '../../../../../renderer/src/features/letter/letter-records';
import { legalitySummary } from '../../../../../renderer/src/features/enterprise/enterprise-editor';

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

describe('a page of the IKM grid', () => {
  it("gives each row its own IKM's legalitas summary and sentra name, as the repositories read them", async () => {
    const ctx = await makeContext();
    const repos = buildAppRepositories(ctx, indexedDbBlobStore(ctx.db));
    const sentraIds: Sentra['id'][] = [];
    for (const name of ['Sentra Amplang', 'Sentra Sasirangan']) {
      const c = makeReadyFoodCandidate();
      const decree = await repos.sentras.decrees.create(formOf(c.decree));
      sentraIds.push(
        (await repos.sentras.create({ ...formOf(c.sentra), name, decreeId: decree.id })).id,
      );
    }
    const ikm = async (name: string, nib: string, sentraId?: Sentra['id']) => {
      const { sentraId: _s, ...form } = formOf(makeEnterprise({ name, nib }));
      return repos.enterprises.create({ ...form, ...(sentraId ? { sentraId } : {}) });
    };
    const a = await ikm('CV Amplang', '9120000000001', sentraIds[0]);
    const b = await ikm('UD Kerupuk Haruan', '9120000000002');
    const c = await ikm('UD Sasirangan', '9120000000003', sentraIds[1]);
    const d = await ikm('UD Wadai', '9120000000004', sentraIds[0]);
    const legalitas = async (enterpriseId: Enterprise['id'], issuedOn: string, expiresOn: string) =>
      repos.enterprises.credentials.create({
        ...formOf(makeCredential({ issuedOn, expiresOn })),
        enterpriseId,
      });
    await legalitas(a.id, '2019-01-01', '2020-01-01');
    await legalitas(a.id, '2023-01-01', '2099-01-01');
    const gone = await legalitas(c.id, '2023-01-01', '2099-01-01');
    await repos.enterprises.credentials.softDelete(gone.id);
    await legalitas(d.id, '2022-01-01', '2099-01-01');

    const page = await loadEnterpriseGridPage(repos, FIRST_GRID_QUERY);
    const today = localIsoDate(new Date());
    const expected = await Promise.all(
      [a, b, c, d].map(async (e) => ({
        name: e.name,
        legality: legalitySummary(await repos.enterprises.credentials.list(e.id), today),
        sentraName: e.sentraId ? (await repos.sentras.get(e.sentraId))?.name : undefined,
      })),
    );
    expect(
      page.rows.map((r) => ({ name: r.name, legality: r.legality, sentraName: r.sentraName })),
    ).toEqual(expected);
    expect(page.rows.map((r) => r.legality.label)).toEqual([
      '2 dokumen, 1 kedaluwarsa',
      'Belum ada',
      'Belum ada',
      '1 dokumen',
    ]);
    expect(page.rows.map((r) => r.sentraName)).toEqual([
      'Sentra Amplang',
      undefined,
      'Sentra Sasirangan',
      'Sentra Amplang',
    ]);
  });
});
