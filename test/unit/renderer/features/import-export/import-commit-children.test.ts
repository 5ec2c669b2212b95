import { describe, expect, it } from 'vitest';
import type { ImportCell } from '@shared/import/cell';
import { planCommit } from '@shared/import/duplicates';
import type { DuplicateChoice } from '@shared/import/report';
import { runPipeline } from '@shared/import/pipeline';
import {
  enterpriseRepository,
  sentraRepository,
  type RepositoryContext,
} from '../../../../../renderer/src/db';
import { commitImport } from '../../../../../renderer/src/features/import-export/import-commit';
import { formOf, makeContext } from '../../../../support/factories/db';
import { ikmExtrasRow, ikmExtrasTable } from '../../../../support/factories/import-extras';
import { makeEnterprise, makeSentra } from '../../../../support/factories/register';
import { testRegionLookup } from '../../../../support/factories/spreadsheet';
import { buildAppRepositories } from '../../../../../renderer/src/db/app-repositories';

/** Check the file as the wizard does (register's sentra and IKM), then plan with the officer's choices. */
async function planFor(
  ctx: RepositoryContext,
  rows: ImportCell[][],
  choices: Record<number, DuplicateChoice> = {},
) {
  const existing = (await ctx.db.enterprises.toArray()).map((r) => ({
    id: r.id,
    name: r.name,
    nib: r.nib,
    regionCode: r.regionCode,
    deleted: r.deletedAt !== undefined,
  }));
  const result = await runPipeline(ikmExtrasTable(rows), {
    kind: 'ikm',
    lookup: testRegionLookup(),
    existing,
    sentras: await sentraRepository(ctx).liveRefs(),
  });
  if (!result.ok) throw new Error(result.message);
  return planCommit(result.report.rows, choices);
}

const full = (n: number) =>
  ikmExtrasRow(
    {
      Produk: `Kerupuk ${n}`,
      Komoditi: 'makanan dan minuman',
      Legalitas: 'SPP-IRT',
      'No. Legalitas': `P-IRT ${n}`,
      'Tanggal Terbit': '21 Mei 2024',
      Sentra: 'Kerupuk Ikan Martapura',
    },
    n,
  );

async function counts(ctx: RepositoryContext) {
  const { db } = ctx;
  return {
    enterprises: await db.enterprises.count(),
    products: await db.products.count(),
    credentials: await db.credentials.count(),
    journal: await db.importJournal.count(),
  };
}

describe('IKM import commit with products, legalitas and sentra', () => {
  it('writes N IKM with their products, legalitas and sentra link plus one journal row', async () => {
    const ctx = await makeContext();
    const sentra = await sentraRepository(ctx).create(
      formOf(makeSentra({ name: 'Sentra Kerupuk Ikan Martapura' })),
    );
    const plan = await planFor(ctx, [full(1), full(2), ikmExtrasRow({ Produk: 'Amplang' }, 3)]);
    await commitImport(buildAppRepositories(ctx), 'ikm', plan);

    expect(await counts(ctx)).toEqual({ enterprises: 3, products: 2, credentials: 2, journal: 1 });
    expect(await ctx.db.importJournal.toArray()).toEqual([
      expect.objectContaining({ kind: 'import-ikm', rowCount: 3 }),
    ]);
    const repo = enterpriseRepository(ctx);
    const one = (
      await repo.page({
        filter: { text: 'berkah 1' },
        sort: { field: 'name', direction: 'asc' },
        offset: 0,
        limit: 10,
      })
    ).rows[0];
    expect(one).toMatchObject({
      name: 'UD Berkah 1',
      sentraId: sentra.id,
      commodity: 'makanan-minuman',
      notes: '',
    });
    if (!one) throw new Error('IKM missing');
    expect(await repo.products.list(one.id)).toEqual([
      expect.objectContaining({
        name: 'Kerupuk 1',
        commodity: 'makanan-minuman',
        uniquenessStory: '',
        market: expect.objectContaining({ local: true, export: false }),
      }),
    ]);
    expect(await repo.credentials.list(one.id)).toEqual([
      expect.objectContaining({ kind: 'spp-irt', number: 'P-IRT 1', issuedOn: '2024-05-21' }),
    ]);
    expect(
      (
        await sentraRepository(ctx).page({
          filter: {},
          sort: { field: 'name', direction: 'asc' },
          offset: 0,
          limit: 10,
        })
      ).rows[0]?.enterpriseCount,
    ).toBe(2);
    const third = (await ctx.db.enterprises.toArray()).find((e) => e.name === 'UD Berkah 3');
    expect(third?.notes).toBe('Produk: Amplang');
  });

  it('leaves nothing (no IKM, product, legalitas or journal) when the commit fails or is cancelled mid-way', async () => {
    const ctx = await makeContext();
    await sentraRepository(ctx).create(
      formOf(makeSentra({ name: 'Sentra Kerupuk Ikan Martapura' })),
    );
    const plan = await planFor(ctx, [full(1), full(2), full(3)]);
    await enterpriseRepository(ctx).create(
      formOf(makeEnterprise({ nib: '9120000000003', name: 'UD Sudah Ada' })),
    );
    await expect(commitImport(buildAppRepositories(ctx), 'ikm', plan)).rejects.toThrow(
      /NIB 9120000000003 sudah terdaftar/,
    );
    expect(await counts(ctx)).toEqual({ enterprises: 1, products: 0, credentials: 0, journal: 0 });

    // Cancelled right after the bulk write of IKM, products and legalitas: all of it rolls back.
    let calls = 0;
    await expect(
      commitImport(buildAppRepositories(ctx), 'ikm', await planFor(ctx, [full(4), full(5)]), {
        cancelled: () => ++calls > 1,
      }),
    ).rejects.toThrow('Impor dibatalkan');
    expect(calls).toBe(2);
    expect(await counts(ctx)).toEqual({ enterprises: 1, products: 0, credentials: 0, journal: 0 });
  });

  it('"update" of an existing IKM adds the product only when it has none of that name, and keeps its sentra when the file names none', async () => {
    const ctx = await makeContext();
    const repo = enterpriseRepository(ctx);
    const sentra = await sentraRepository(ctx).create(
      formOf(makeSentra({ name: 'Sentra Amplang' })),
    );
    const a = await repo.create({
      ...formOf(makeEnterprise({ nib: '9120000000001', name: 'UD Berkah 1' })),
      sentraId: sentra.id,
    });
    const b = await repo.create(
      formOf(makeEnterprise({ nib: '9120000000002', name: 'UD Berkah 2' })),
    );
    const existingProduct = {
      name: 'Kerupuk Ikan',
      commodity: 'makanan-minuman' as const,
      uniquenessStory: '',
      rawMaterials: '',
      capacity: { value: 5, unit: 'kg', period: 'hari' as const },
      market: {
        local: true,
        regional: false,
        national: false,
        export: false,
        exportDestinations: [],
      },
      priceMin: 1,
      priceMax: 2,
    };
    for (const e of [a, b]) await repo.products.create({ ...existingProduct, enterpriseId: e.id });

    const plan = await planFor(
      ctx,
      [
        ikmExtrasRow(
          {
            Produk: 'kerupuk  IKAN',
            Komoditi: 'makanan dan minuman',
            Legalitas: 'Halal',
            'No. Legalitas': 'ID-1',
            'Tanggal Terbit': '2024-01-02',
          },
          1,
          { 'Tenaga Kerja': '20' },
        ),
        ikmExtrasRow(
          { Produk: 'Amplang Udang', Komoditi: 'makanan dan minuman', Sentra: 'Amplang' },
          2,
        ),
      ],
      { 2: 'update', 3: 'update' },
    );
    expect(plan.updates).toHaveLength(2);
    await commitImport(buildAppRepositories(ctx), 'ikm', plan);

    expect((await repo.products.list(a.id)).map((p) => p.name)).toEqual(['Kerupuk Ikan']);
    expect((await repo.products.list(b.id)).map((p) => p.name)).toEqual([
      'Kerupuk Ikan',
      'Amplang Udang',
    ]);
    expect((await repo.credentials.list(a.id)).map((c) => c.number)).toEqual(['ID-1']);
    expect(await repo.get(a.id)).toMatchObject({ workerCount: 20, sentraId: sentra.id });
    expect((await repo.get(b.id))?.sentraId).toBe(sentra.id);
    expect(await ctx.db.importJournal.count()).toBe(1);
  });
});
