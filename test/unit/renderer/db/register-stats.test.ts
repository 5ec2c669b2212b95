import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { EnterpriseForm } from '@shared/domain/enterprise/enterprise';
import type { RepositoryContext } from '../../../../renderer/src/db/context';
import { OvopDatabase } from '../../../../renderer/src/db/database';
import { runBulkImport } from '../../../../renderer/src/db/safety/import-journal';
import { VERSION_1_STORES } from '../../../../renderer/src/db/migrations/0001-initial';
import { VERSION_2_STORES } from '../../../../renderer/src/db/migrations/0002-letter-register';
import { VERSION_3_STORES } from '../../../../renderer/src/db/migrations/0003-lean-enterprise-indexes';
import {
  ENTERPRISE_STATS_ID,
  readEnterpriseStats,
  recountEnterprises,
} from '../../../../renderer/src/db/registers/register-stats';
import { enterpriseRepository } from '../../../../renderer/src/db/repositories/enterprise-repository';
import { generateRegister } from '../../../support/seed/generate-register';
import { registerRecords } from '../../../support/seed/seed-database';
import { exportAll, restoreAll } from '../../../../renderer/src/db/safety/snapshot';
import { createRegionCatalog } from '../../../../renderer/src/regions';
import { formOf, makeContext, seedVersionFixture } from '../../../support/factories/db';
import { nodeRegionSource } from '../../../support/factories/regions';
import { makeEnterprise, makeProduct } from '../../../support/factories/register';

const ikm = (nib: string, name: string, regionCode: string): EnterpriseForm => ({
  ...formOf(makeEnterprise({ nib, name, regionCode })),
});

/** The stored counts must always equal a fresh count of the rows. */
async function expectInStep(ctx: RepositoryContext): Promise<void> {
  const stored = await ctx.db.registerStats.get(ENTERPRISE_STATS_ID);
  expect(stored).toBeDefined();
  expect(stored).toEqual(await recountEnterprises(ctx.db));
}

describe('IKM counts kept in step with every write', () => {
  it('follows creates, a move to another kab/kota, a product, a soft delete and a restore', async () => {
    const ctx = await makeContext();
    const repo = enterpriseRepository(ctx);
    expect(await readEnterpriseStats(ctx.db)).toMatchObject({ live: 0, deleted: 0, byKabKota: {} });
    const a = await repo.create(ikm('9120000000001', 'UD Amplang Bahari', '63.03.07.2001'));
    const b = await repo.create(ikm('9120000000002', 'CV Sasirangan', '63.03.07.2001'));
    await repo.create(ikm('9120000000003', 'Kerupuk Haruan', '63.71.01.1001'));
    expect(await readEnterpriseStats(ctx.db)).toMatchObject({
      live: 3,
      byKabKota: { '63.03': 2, '63.71': 1 },
    });

    const moved = await repo.update(
      b.id,
      { ...formOf(b), regionCode: '63.71.01.1001' },
      b.updatedAt,
    );
    await repo.products.create({
      ...formOf(makeProduct({ enterpriseId: a.id, commodity: 'kain-batik' })),
    });
    expect(await readEnterpriseStats(ctx.db)).toMatchObject({
      live: 3,
      byKabKota: { '63.03': 1, '63.71': 2 },
      byCommodity: { 'kain-batik': 1 },
    });

    await repo.softDelete(moved.id);
    expect(await readEnterpriseStats(ctx.db)).toMatchObject({
      live: 2,
      deleted: 1,
      byKabKota: { '63.03': 1, '63.71': 1 },
    });
    await repo.restore(moved.id);
    expect(await readEnterpriseStats(ctx.db)).toMatchObject({ live: 3, deleted: 0 });
    await expectInStep(ctx);
  });

  it('counts a bulk import once, and a refused import not at all', async () => {
    const ctx = await makeContext();
    const repo = enterpriseRepository(ctx);
    await readEnterpriseStats(ctx.db);
    const forms = Array.from({ length: 25 }, (_, i) =>
      ikm(
        `91200000001${String(i).padStart(2, '0')}`,
        `IKM Impor ${i}`,
        i % 2 ? '63.03.07.2001' : '63.71.01.1001',
      ),
    );
    await runBulkImport(ctx, 'import-ikm', forms.length, (log) => repo.bulkCreate(forms, [], log));
    expect(await readEnterpriseStats(ctx.db)).toMatchObject({
      live: 25,
      byKabKota: { '63.03': 12, '63.71': 13 },
    });

    // One duplicate NIB refuses the whole import: rows and counts stay as they were.
    const refused = [
      ikm('9120000000901', 'IKM Baru', '63.03.07.2001'),
      ikm('9120000000100', 'IKM Ganda', '63.03.07.2001'),
    ];
    await expect(
      runBulkImport(ctx, 'import-ikm', refused.length, (log) => repo.bulkCreate(refused, [], log)),
    ).rejects.toThrow();
    expect(await ctx.db.enterprises.count()).toBe(25);
    expect(await readEnterpriseStats(ctx.db)).toMatchObject({
      live: 25,
      byKabKota: { '63.03': 12, '63.71': 13 },
    });
    await expectInStep(ctx);
  });

  it('loses no update when several IKM are written in parallel in one transaction', async () => {
    const ctx = await makeContext();
    const repo = enterpriseRepository(ctx);
    await readEnterpriseStats(ctx.db);
    await ctx.db.transaction('rw', ctx.db.enterprises, async () => {
      const rows = Array.from({ length: 6 }, (_, i) => ({
        ...makeEnterprise(),
        id: `p-${i}`,
        nib: `912000000050${i}`,
        nameKey: `p ${i}`,
        words: [],
        kabKotaCode: i < 4 ? '63.03' : '63.04',
        sizeClass: 'mikro',
        schemaVersion: 1,
        revision: 1,
        live: 1,
      }));
      await Promise.all(rows.map((r) => ctx.db.enterprises.add(r as never)));
    });
    expect(await readEnterpriseStats(ctx.db)).toMatchObject({
      live: 6,
      byKabKota: { '63.03': 4, '63.04': 2 },
    });
    expect(
      await repo.page({
        filter: { kabKotaCode: '63.03' },
        sort: { field: 'name', direction: 'asc' },
        offset: 0,
        limit: 1,
      }),
    ).toMatchObject({ total: 4 });
    await expectInStep(ctx);
  });

  it('follows a restore from a backup, which clears the store and writes it again', async () => {
    const ctx = await makeContext();
    const repo = enterpriseRepository(ctx);
    await repo.create(ikm('9120000000001', 'UD Amplang Bahari', '63.03.07.2001'));
    const backup = await exportAll(ctx.db, ctx.now);
    await repo.create(ikm('9120000000002', 'CV Sasirangan', '63.71.01.1001'));
    expect(await readEnterpriseStats(ctx.db)).toMatchObject({ live: 2 });
    await restoreAll(ctx.db, backup, ctx.now);
    expect(await readEnterpriseStats(ctx.db)).toMatchObject({ live: 1, byKabKota: { '63.03': 1 } });
    await expectInStep(ctx);
    expect(Object.keys(backup.tables)).not.toContain('registerStats');
  });

  it('recounts once when the counts are unknown (a register upgraded from version 3)', async () => {
    const regions = [...(await createRegionCatalog(nodeRegionSource()).loadDesa('63.03.07'))];
    const records = registerRecords(
      generateRegister({ ikm: 40, sentra: 4, seed: 5, regions, at: '2025-05-01T00:00:00.000Z' }),
    );
    const name = `stats-v3-${Math.random().toString(36).slice(2)}`;
    await seedVersionFixture(
      name,
      3,
      { ...VERSION_1_STORES, ...VERSION_2_STORES, ...VERSION_3_STORES },
      records,
    );
    const db = new OvopDatabase(name);
    await db.open();
    expect(await db.registerStats.count()).toBe(0);
    const stats = await readEnterpriseStats(db);
    const live = records.enterprises.filter((e) => e.live === 1);
    expect(stats.live).toBe(live.length);
    expect(stats.byKabKota['63.03']).toBe(live.length);
    expect(Object.values(stats.byCommodity).reduce((n, c) => n + c, 0)).toBe(
      live.filter((e) => e.commodity !== undefined).length,
    );
    expect(await db.registerStats.get(ENTERPRISE_STATS_ID)).toEqual(stats);
    db.close();
  });

  it('gives the grid its totals: whole scope, one kab/kota, one commodity, recycle bin; two filters still count the index', async () => {
    const ctx = await makeContext();
    const repo = enterpriseRepository(ctx);
    const a = await repo.create(ikm('9120000000001', 'UD Amplang Bahari', '63.03.07.2001'));
    await repo.create(ikm('9120000000002', 'CV Sasirangan', '63.03.07.2001'));
    const c = await repo.create(ikm('9120000000003', 'Kerupuk Haruan', '63.71.01.1001'));
    await repo.products.create({
      ...formOf(makeProduct({ enterpriseId: a.id, commodity: 'kain-batik' })),
    });
    await repo.softDelete(c.id);
    const total = async (filter: Parameters<typeof repo.page>[0]['filter']) =>
      (await repo.page({ filter, sort: { field: 'name', direction: 'asc' }, offset: 0, limit: 1 }))
        .total;
    expect(await total({})).toBe(2);
    expect(await total({ kabKotaCode: '63.03' })).toBe(2);
    expect(await total({ kabKotaCode: '63.71' })).toBe(0);
    expect(await total({ commodity: 'kain-batik' })).toBe(1);
    expect(await total({ scope: 'deleted' })).toBe(1);
    expect(await total({ kabKotaCode: '63.03', commodity: 'kain-batik' })).toBe(1);

    // The totals are read from the kept row, not counted: a tampered row shows (two filters do not).
    const kept = await readEnterpriseStats(ctx.db);
    await ctx.db.registerStats.put({ ...kept, live: 999, byKabKota: { '63.03': 500 } });
    expect(await total({})).toBe(999);
    expect(await total({ kabKotaCode: '63.03' })).toBe(500);
    expect(await total({ kabKotaCode: '63.03', commodity: 'kain-batik' })).toBe(1);
  });
});

describe('IKM counts read from a live query', () => {
  it('are counted and stored even when first asked inside liveQuery (which refuses read-write transactions)', async () => {
    const ctx = await makeContext();
    await enterpriseRepository(ctx).create(
      ikm('9120000000001', 'UD Amplang Bahari', '63.03.07.2001'),
    );
    await ctx.db.registerStats.clear();
    const total = await new Promise<number>((resolve, reject) => {
      const sub = liveQuery(() =>
        enterpriseRepository(ctx).page({
          filter: {},
          sort: { field: 'name', direction: 'asc' },
          offset: 0,
          limit: 5,
        }),
      ).subscribe({
        next: (page) => {
          sub.unsubscribe();
          resolve(page.total);
        },
        error: reject,
      });
    });
    expect(total).toBe(1);
    expect(await ctx.db.registerStats.get(ENTERPRISE_STATS_ID)).toMatchObject({ live: 1 });
  });
});
