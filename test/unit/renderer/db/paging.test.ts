import { beforeAll, describe, expect, it } from 'vitest';
import type { RepositoryContext } from '../../../../renderer/src/db/context';
import { queryPage } from '../../../../renderer/src/db/search/paging';
import {
  enterprisePagingSpec,
  enterpriseRepository,
  type EnterpriseRepository,
} from '../../../../renderer/src/db/repositories/enterprise-repository';
import {
  sentraRepository,
  type SentraRepository,
} from '../../../../renderer/src/db/repositories/sentra-repository';
import { formOf, makeContext } from '../../../support/factories/db';
import { makeEnterprise, makeProduct, makeSentra } from '../../../support/factories/register';

// Kab. Banjar (63.03) and Kota Banjarmasin (63.71).
const BANJAR = '63.03.07.2001';
const BANJARMASIN = '63.71.01.1001';

let ctx: RepositoryContext;
let ikm: EnterpriseRepository;
let sentra: SentraRepository;
const byName = { field: 'name', direction: 'asc' } as const;

beforeAll(async () => {
  ctx = await makeContext();
  ikm = enterpriseRepository(ctx);
  sentra = sentraRepository(ctx);
  const kerupuk = await sentra.create(
    formOf(makeSentra({ name: 'Sentra Kerupuk Martapura', regionCode: BANJAR })),
  );
  await sentra.create(
    formOf(
      makeSentra({ name: 'Sentra Sasirangan', commodity: 'kain-batik', regionCode: BANJARMASIN }),
    ),
  );
  const rows = [
    {
      name: 'UD Berkah Bahari',
      nib: '9120000000001',
      regionCode: BANJAR,
      sentraId: kerupuk.id,
      commodity: 'makanan-minuman',
    },
    { name: 'CV Anyaman Purun', nib: '9120000000002', regionCode: BANJAR, commodity: 'anyaman' },
    {
      name: 'Sasirangan Antik',
      nib: '8120000000003',
      regionCode: BANJARMASIN,
      commodity: 'kain-batik',
      workerCount: 30,
    },
    {
      name: 'Amplang Bahari Jaya',
      nib: '9120000000004',
      regionCode: BANJARMASIN,
      commodity: 'makanan-minuman',
    },
    {
      name: 'Kerupuk Ikan Haruan',
      nib: '9120000000005',
      regionCode: BANJAR,
      sentraId: kerupuk.id,
      commodity: 'makanan-minuman',
    },
  ] as const;
  for (const { commodity, ...row } of rows) {
    const created = await ikm.create({ ...formOf(makeEnterprise()), ...row });
    await ikm.products.create(formOf(makeProduct({ enterpriseId: created.id, commodity })));
  }
});

const names = (page: { rows: readonly { name: string }[] }): string[] =>
  page.rows.map((r) => r.name);

describe('enterprise grid pages', () => {
  it('pages through all IKM by name with the total', async () => {
    const first = await ikm.page({ filter: {}, sort: byName, offset: 0, limit: 2 });
    expect(first.total).toBe(5);
    expect(names(first)).toEqual(['Amplang Bahari Jaya', 'CV Anyaman Purun']);
    const last = await ikm.page({ filter: {}, sort: byName, offset: 4, limit: 2 });
    expect(names(last)).toEqual(['UD Berkah Bahari']);
    const desc = await ikm.page({
      filter: {},
      sort: { field: 'name', direction: 'desc' },
      offset: 0,
      limit: 1,
    });
    expect(names(desc)).toEqual(['UD Berkah Bahari']);
  });

  it('filters by kab/kota, commodity, sentra and size class, alone and combined', async () => {
    const banjar = await ikm.page({
      filter: { kabKotaCode: '63.03' },
      sort: byName,
      offset: 0,
      limit: 10,
    });
    expect(names(banjar)).toEqual(['CV Anyaman Purun', 'Kerupuk Ikan Haruan', 'UD Berkah Bahari']);
    const food = await ikm.page({
      filter: { kabKotaCode: '63.71', commodity: 'makanan-minuman' },
      sort: byName,
      offset: 0,
      limit: 10,
    });
    expect(names(food)).toEqual(['Amplang Bahari Jaya']);
    expect(food.total).toBe(1);
    const [kerupuk] = (
      await sentra.page({ filter: { text: 'kerupuk' }, sort: byName, offset: 0, limit: 1 })
    ).rows;
    const inSentra = await ikm.page({
      filter: { sentraId: kerupuk?.id },
      sort: byName,
      offset: 0,
      limit: 10,
    });
    expect(names(inSentra)).toEqual(['Kerupuk Ikan Haruan', 'UD Berkah Bahari']);
    const medium = await ikm.page({
      filter: { sizeClass: 'menengah' },
      sort: byName,
      offset: 0,
      limit: 10,
    });
    expect(names(medium)).toEqual(['Sasirangan Antik']);
  });

  it('sorts by NIB, also within a filter', async () => {
    const all = await ikm.page({
      filter: {},
      sort: { field: 'nib', direction: 'asc' },
      offset: 0,
      limit: 2,
    });
    expect(all.rows.map((r) => r.nib)).toEqual(['8120000000003', '9120000000001']);
    const banjar = await ikm.page({
      filter: { kabKotaCode: '63.03' },
      sort: { field: 'nib', direction: 'desc' },
      offset: 0,
      limit: 10,
    });
    expect(banjar.rows.map((r) => r.nib)).toEqual([
      '9120000000005',
      '9120000000002',
      '9120000000001',
    ]);
  });

  it('finds IKM as you type: word prefixes in any order, and NIB prefixes', async () => {
    expect(
      names(await ikm.page({ filter: { text: 'bah' }, sort: byName, offset: 0, limit: 10 })),
    ).toEqual(['Amplang Bahari Jaya', 'UD Berkah Bahari']);
    expect(
      names(await ikm.page({ filter: { text: 'bahari ber' }, sort: byName, offset: 0, limit: 10 })),
    ).toEqual(['UD Berkah Bahari']);
    expect(
      names(await ikm.page({ filter: { text: '812' }, sort: byName, offset: 0, limit: 10 })),
    ).toEqual(['Sasirangan Antik']);
    const scoped = await ikm.page({
      filter: { text: 'bahari', kabKotaCode: '63.03' },
      sort: byName,
      offset: 0,
      limit: 10,
    });
    expect(names(scoped)).toEqual(['UD Berkah Bahari']);
    expect(
      (await ikm.page({ filter: { text: 'tidakada' }, sort: byName, offset: 0, limit: 10 })).total,
    ).toBe(0);
  });
});

describe('sentra grid pages', () => {
  it('shows the number of registered IKM and filters by kab/kota and commodity', async () => {
    const page = await sentra.page({ filter: {}, sort: byName, offset: 0, limit: 10 });
    expect(page.rows.map((r) => [r.name, r.enterpriseCount, r.kabKotaCode])).toEqual([
      ['Sentra Kerupuk Martapura', 2, '63.03'],
      ['Sentra Sasirangan', 0, '63.71'],
    ]);
    const batik = await sentra.page({
      filter: { commodity: 'kain-batik' },
      sort: byName,
      offset: 0,
      limit: 10,
    });
    expect(batik.rows.map((r) => r.name)).toEqual(['Sentra Sasirangan']);
    const mostIkm = await sentra.page({
      filter: {},
      sort: { field: 'enterpriseCount', direction: 'desc' },
      offset: 0,
      limit: 1,
    });
    expect(mostIkm.rows[0]?.name).toBe('Sentra Kerupuk Martapura');
  });
});

describe('search over a big match set', () => {
  it('walks the name index and gives the same pages and total as loading every match', async () => {
    const walking = {
      ...enterprisePagingSpec,
      memoryIndex: false,
      searchCaps: { keySet: 1, candidates: 0 },
    };
    const deleted = await ikm.create({
      ...formOf(makeEnterprise()),
      name: 'Bahari Terhapus',
      nib: '9120000000777',
    });
    await ikm.softDelete(deleted.id);
    for (const direction of ['asc', 'desc'] as const) {
      for (const offset of [0, 1, 2]) {
        const request = [{ text: 'ba' }, { field: 'name', direction }, offset, 2] as const;
        const walked = await queryPage(ctx.db.enterprises, walking, ...request);
        const loaded = await queryPage(ctx.db.enterprises, enterprisePagingSpec, ...request);
        expect(walked.rows.map((r) => r.name)).toEqual(loaded.rows.map((r) => r.name));
        expect(walked.total).toBe(loaded.total);
      }
    }
    const first = await queryPage(
      ctx.db.enterprises,
      walking,
      { text: 'ba' },
      { field: 'name', direction: 'asc' },
      0,
      10,
    );
    expect(first.rows.map((r) => r.name)).toEqual(['Amplang Bahari Jaya', 'UD Berkah Bahari']);
  });
});
