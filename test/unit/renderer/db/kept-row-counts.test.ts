import { describe, expect, it } from 'vitest';
import type { EnterpriseForm } from '@shared/domain/enterprise/enterprise';
import type { RepositoryContext } from '../../../../renderer/src/db/context';
import {
  KEPT_ROW_COUNT_STORES,
  type KeptRowCountStore,
  keptRowCountId,
  readKeptRowCount,
} from '../../../../renderer/src/db/registers/kept-row-counts';
import { enterpriseRepository } from '../../../../renderer/src/db/repositories/enterprise-repository';
import { runBulkImport } from '../../../../renderer/src/db/safety/import-journal';
import { lossCheckCounts } from '../../../../renderer/src/db/safety/marker';
import { exportAll, restoreAll } from '../../../../renderer/src/db/safety/snapshot';
import { formOf, makeContext } from '../../../support/factories/db';
import { makeCredential, makeEnterprise, makeProduct } from '../../../support/factories/register';

const ikm = (nib: string, name: string): EnterpriseForm =>
  formOf(makeEnterprise({ nib, name, regionCode: '63.03.07.2001' }));

const kept = async (ctx: RepositoryContext, store: KeptRowCountStore) => {
  const row = await ctx.db.registerStats.get(keptRowCountId(store));
  return row && 'rows' in row ? row.rows : undefined;
};

/** Every kept row count, once known, equals a fresh count of its store. */
async function expectInStep(ctx: RepositoryContext): Promise<void> {
  for (const store of KEPT_ROW_COUNT_STORES) {
    expect(await kept(ctx, store), store).toBe(await ctx.db.table(store).count());
  }
}

/** A fresh register whose kept row counts are known (a new register's first loss check stores them). */
async function freshContext(): Promise<RepositoryContext> {
  const ctx = await makeContext();
  for (const store of KEPT_ROW_COUNT_STORES) await readKeptRowCount(ctx.db, store);
  return ctx;
}

describe('row counts of products, legalitas and audit rows kept in step with every write', () => {
  it('follows creates, edits, a soft delete and a restore through the repositories', async () => {
    const ctx = await freshContext();
    expect(await kept(ctx, 'products')).toBe(0);
    const repo = enterpriseRepository(ctx);
    const a = await repo.create(ikm('9120000000001', 'UD Amplang Bahari'));
    const p = await repo.products.create(formOf(makeProduct({ enterpriseId: a.id })));
    await repo.products.create(formOf(makeProduct({ enterpriseId: a.id, name: 'Amplang Pedas' })));
    expect(await kept(ctx, 'products')).toBe(2);
    const edited = await repo.products.update(
      p.id,
      { ...formOf(p), name: 'Amplang Original' },
      p.updatedAt,
    );
    const deleted = await repo.products.softDelete(edited.id);
    await repo.products.restore(deleted.id);
    expect(await kept(ctx, 'products')).toBe(2);
    const c = await repo.credentials.create(formOf(makeCredential({ enterpriseId: a.id })));
    await repo.credentials.softDelete(c.id);
    expect(await kept(ctx, 'credentials')).toBe(1);
    expect(await kept(ctx, 'audit')).toBeGreaterThanOrEqual(6);
    await expectInStep(ctx);
  });

  it('counts a bulk import once, and a refused import not at all', async () => {
    const ctx = await freshContext();
    const repo = enterpriseRepository(ctx);
    const forms = Array.from({ length: 12 }, (_, i) =>
      ikm(`91200000001${String(i).padStart(2, '0')}`, `IKM Impor ${i}`),
    );
    await runBulkImport(ctx, 'import-ikm', forms.length, (log) => repo.bulkCreate(forms, [], log));
    const audit = await kept(ctx, 'audit');
    expect(audit).toBe(1);
    const refused = [ikm('9120000000901', 'IKM Baru'), ikm('9120000000100', 'IKM Ganda')];
    await expect(
      runBulkImport(ctx, 'import-ikm', refused.length, (log) => repo.bulkCreate(refused, [], log)),
    ).rejects.toThrow();
    expect(await kept(ctx, 'audit')).toBe(audit);
    await expectInStep(ctx);
  });

  it('counts a key written twice in one write once, existing keys not at all, and deletes of absent keys not at all', async () => {
    const ctx = await freshContext();
    const product = (id: string) => ({ ...makeProduct(), id });
    await ctx.db.products.bulkPut([product('p-1'), product('p-2'), product('p-1')] as never[]);
    expect(await kept(ctx, 'products')).toBe(2);
    await ctx.db.products.bulkPut([product('p-2'), product('p-3')] as never[]);
    expect(await kept(ctx, 'products')).toBe(3);
    await ctx.db.products.bulkDelete(['p-1', 'p-9', 'p-1']);
    expect(await kept(ctx, 'products')).toBe(2);
    await expectInStep(ctx);
  });

  it('counts only the rows an add stored when the caller lets it go on past a refused one', async () => {
    const ctx = await freshContext();
    const product = (id: string) => ({ ...makeProduct(), id });
    await ctx.db.products.add(product('p-1') as never);
    await ctx.db.transaction('rw', ctx.db.products, async () => {
      await ctx.db.products
        .bulkAdd([product('p-2'), product('p-1'), product('p-3')] as never[])
        .catch(() => undefined);
    });
    expect(await ctx.db.products.count()).toBe(3);
    await expectInStep(ctx);
  });

  it('leaves the count as it was when the writing transaction fails', async () => {
    const ctx = await freshContext();
    const product = (id: string) => ({ ...makeProduct(), id });
    await expect(
      ctx.db.transaction('rw', ctx.db.products, async () => {
        await ctx.db.products.bulkAdd([product('p-1'), product('p-2')] as never[]);
        throw new Error('batal');
      }),
    ).rejects.toThrow('batal');
    expect(await kept(ctx, 'products')).toBe(0);
    await expectInStep(ctx);
  });

  it('follows a restore from a backup, which clears the stores and writes them again', async () => {
    const ctx = await freshContext();
    const repo = enterpriseRepository(ctx);
    const a = await repo.create(ikm('9120000000001', 'UD Amplang Bahari'));
    await repo.products.create(formOf(makeProduct({ enterpriseId: a.id })));
    const backup = await exportAll(ctx.db, ctx.now);
    await repo.products.create(formOf(makeProduct({ enterpriseId: a.id, name: 'Lain' })));
    expect(await kept(ctx, 'products')).toBe(2);
    await restoreAll(ctx.db, backup, ctx.now);
    expect(await kept(ctx, 'products')).toBe(1);
    await expectInStep(ctx);
  });

  it('forgets a count a partial range deletion makes unknown, and counts it again when asked', async () => {
    const ctx = await freshContext();
    const product = (id: string) => ({ ...makeProduct(), id });
    await ctx.db.products.bulkAdd([product('p-1'), product('p-2'), product('p-3')] as never[]);
    await ctx.db.products.where('id').between('p-1', 'p-2', true, true).delete();
    expect(await kept(ctx, 'products')).toBeUndefined();
    expect(await readKeptRowCount(ctx.db, 'products')).toBe(1);
    expect(await kept(ctx, 'products')).toBe(1);
    await expectInStep(ctx);
  });

  it('starts no count from a guess: writes to a store whose count is unknown leave it unknown', async () => {
    const ctx = await makeContext();
    const product = (id: string) => ({ ...makeProduct(), id });
    await ctx.db.products.bulkAdd([product('p-1'), product('p-2')] as never[]);
    expect(await kept(ctx, 'products')).toBeUndefined();
    expect(await readKeptRowCount(ctx.db, 'products')).toBe(2);
    await ctx.db.products.add(product('p-3') as never);
    expect(await kept(ctx, 'products')).toBe(3);
    expect(await kept(ctx, 'audit')).toBeUndefined();
  });
});

describe('the loss check reads the kept counts', () => {
  it('takes the products, legalitas and audit rows from their kept rows, not from a count of the stores', async () => {
    const ctx = await freshContext();
    const repo = enterpriseRepository(ctx);
    const a = await repo.create(ikm('9120000000001', 'UD Amplang Bahari'));
    await repo.products.create(formOf(makeProduct({ enterpriseId: a.id })));
    const counts = await lossCheckCounts(ctx.db);
    expect(counts).toMatchObject({
      enterprises: 1,
      products: 1,
      credentials: 0,
      audit: await ctx.db.audit.count(),
    });
    // A tampered row shows: the check read it, not the store.
    await ctx.db.registerStats.put({ id: keptRowCountId('products'), rows: 40 });
    expect(await lossCheckCounts(ctx.db)).toMatchObject({ products: 40 });
  });

  it('counts a store whose kept row is missing (a register from before the kept counts) and stores it', async () => {
    const ctx = await makeContext();
    const repo = enterpriseRepository(ctx);
    const a = await repo.create(ikm('9120000000001', 'UD Amplang Bahari'));
    await repo.products.create(formOf(makeProduct({ enterpriseId: a.id })));
    await ctx.db.registerStats.clear();
    expect(await lossCheckCounts(ctx.db)).toMatchObject({ enterprises: 1, products: 1 });
    await expectInStep(ctx);
  });
});
