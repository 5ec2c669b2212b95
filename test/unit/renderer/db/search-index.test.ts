import { describe, expect, it } from 'vitest';
import { createContext, type RepositoryContext } from '../../../../renderer/src/db/context';
import { OvopDatabase } from '../../../../renderer/src/db/database';
import { enterpriseRepository } from '../../../../renderer/src/db/repositories/enterprise-repository';
import { runBulkImport } from '../../../../renderer/src/db/safety/import-journal';
import { exportAll, restoreAll } from '../../../../renderer/src/db/safety/snapshot';
import { formOf, makeContext } from '../../../support/factories/db';
import { makeEnterprise } from '../../../support/factories/register';

const byName = { field: 'name', direction: 'asc' } as const;

async function found(
  ctx: RepositoryContext,
  text: string,
  scope?: 'deleted',
  kabKotaCode?: string,
): Promise<string[]> {
  const filter = { text, ...(scope ? { scope } : {}), ...(kabKotaCode ? { kabKotaCode } : {}) };
  const page = await enterpriseRepository(ctx).page({ filter, sort: byName, offset: 0, limit: 50 });
  expect(page.total).toBe(page.rows.length);
  return page.rows.map((r) => r.name);
}

describe('search stays current after writes', () => {
  it('shows creates, renames, deletions and restores in this window at the next keystroke', async () => {
    const ctx = await makeContext();
    const repo = enterpriseRepository(ctx);
    const a = await repo.create(
      formOf(makeEnterprise({ name: 'UD Maju Jaya', nib: '9120000000001' })),
    );
    await repo.prepareSearch();
    expect(await found(ctx, 'maj')).toEqual(['UD Maju Jaya']);

    await repo.create(formOf(makeEnterprise({ name: 'CV Majapahit', nib: '9120000000002' })));
    expect(await found(ctx, 'maj')).toEqual(['CV Majapahit', 'UD Maju Jaya']);

    const renamed = await repo.update(a.id, { ...formOf(a), name: 'UD Sinar Terang' }, a.updatedAt);
    expect(await found(ctx, 'maj')).toEqual(['CV Majapahit']);
    expect(await found(ctx, 'sinar')).toEqual(['UD Sinar Terang']);

    await repo.softDelete(renamed.id);
    expect(await found(ctx, 'sinar')).toEqual([]);
    expect(await found(ctx, 'sinar', 'deleted')).toEqual(['UD Sinar Terang']);
    await repo.restore(renamed.id);
    expect(await found(ctx, 'sinar')).toEqual(['UD Sinar Terang']);

    expect(await found(ctx, 'maj', undefined, '63.03')).toEqual(['CV Majapahit']);
    await runBulkImport(ctx, 'import-ikm', 1, (log) =>
      repo.bulkCreate(
        [formOf(makeEnterprise({ name: 'Majelis Tenun', nib: '9120000000003' }))],
        [],
        log,
      ),
    );
    expect(await found(ctx, 'maj')).toEqual(['CV Majapahit', 'Majelis Tenun']);
    expect(await found(ctx, 'maj', undefined, '63.03')).toEqual(['CV Majapahit', 'Majelis Tenun']);
    expect(await found(ctx, 'maj', undefined, '63.71')).toEqual([]);
  });

  it('sees a write made through another connection (another window) to the same register', async () => {
    const ctx = await makeContext();
    const repo = enterpriseRepository(ctx);
    await repo.create(formOf(makeEnterprise({ name: 'UD Amplang Bahari', nib: '9120000000001' })));
    expect(await found(ctx, 'bah')).toEqual(['UD Amplang Bahari']);
    const other = new OvopDatabase(ctx.db.name);
    await other.open();
    await enterpriseRepository(createContext(other)).create(
      formOf(makeEnterprise({ name: 'Bahagia Jaya', nib: '9120000000002' })),
    );
    expect(await found(ctx, 'bah')).toEqual(['Bahagia Jaya', 'UD Amplang Bahari']);
    other.close();
  });

  it('shows the page rows as they are now, also after a write that keeps them on the page', async () => {
    const ctx = await makeContext();
    const repo = enterpriseRepository(ctx);
    const a = await repo.create(
      formOf(
        makeEnterprise({
          name: 'UD Amplang Bahari',
          nib: '9120000000001',
          phone: '0812-1111-0001',
        }),
      ),
    );
    await repo.create(
      formOf(
        makeEnterprise({ name: 'UD Amplang Jaya', nib: '9120000000002', phone: '0812-2222-0001' }),
      ),
    );
    const phones = async (text: string) =>
      (await repo.page({ filter: { text }, sort: byName, offset: 0, limit: 50 })).rows.map((r) =>
        `${r.name} ${r.phone ?? ''}`.trim(),
      );
    expect(await phones('ampl')).toEqual([
      'UD Amplang Bahari 0812-1111-0001',
      'UD Amplang Jaya 0812-2222-0001',
    ]);
    // Typing further keeps the row on the page; its new telephone number shows.
    await repo.update(a.id, { ...formOf(a), phone: '0812-1111-0002' }, a.updatedAt);
    expect(await phones('ampla')).toEqual([
      'UD Amplang Bahari 0812-1111-0002',
      'UD Amplang Jaya 0812-2222-0001',
    ]);
    // The same through another connection (another window).
    const other = new OvopDatabase(ctx.db.name);
    await other.open();
    const stored = await enterpriseRepository(createContext(other)).get(a.id);
    if (!stored) throw new Error('IKM tidak ada');
    await enterpriseRepository(createContext(other)).update(
      a.id,
      { ...formOf(stored), phone: '0812-1111-0003' },
      stored.updatedAt,
    );
    expect(await phones('amplan')).toEqual([
      'UD Amplang Bahari 0812-1111-0003',
      'UD Amplang Jaya 0812-2222-0001',
    ]);
    other.close();
  });

  it('gives the wider result again when the user deletes letters, and follows a restore of a backup', async () => {
    const ctx = await makeContext();
    const repo = enterpriseRepository(ctx);
    await repo.create(formOf(makeEnterprise({ name: 'Kerupuk Haruan', nib: '9120000000001' })));
    const backup = await exportAll(ctx.db);
    await repo.create(formOf(makeEnterprise({ name: 'Keripik Pisang', nib: '9120000000002' })));
    expect(await found(ctx, 'keru')).toEqual(['Kerupuk Haruan']);
    expect(await found(ctx, 'ker')).toEqual(['Keripik Pisang', 'Kerupuk Haruan']);
    expect(await found(ctx, '9120000000002')).toEqual(['Keripik Pisang']);
    await restoreAll(ctx.db, backup);
    expect(await found(ctx, 'ker')).toEqual(['Kerupuk Haruan']);
  });

  it('gives every search that starts right after a write the written row, also two at once', async () => {
    const ctx = await makeContext();
    const repo = enterpriseRepository(ctx);
    await repo.create(formOf(makeEnterprise({ name: 'UD Amplang Bahari', nib: '9120000000001' })));
    expect(await found(ctx, 'ampl')).toEqual(['UD Amplang Bahari']);
    // A row arrives (as from the server) while the list re-runs its query and the user types on.
    await repo.create(formOf(makeEnterprise({ name: 'UD Amplang Bersama', nib: '9120000000002' })));
    const [rerun, typed] = await Promise.all([found(ctx, 'ampl'), found(ctx, 'amplang')]);
    expect(rerun).toEqual(['UD Amplang Bahari', 'UD Amplang Bersama']);
    expect(typed).toEqual(['UD Amplang Bahari', 'UD Amplang Bersama']);
  });
});
