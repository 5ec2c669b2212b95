import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { RepositoryContext } from '../../../../../renderer/src/db/context';
import { enterpriseRepository } from '../../../../../renderer/src/db/repositories/enterprise-repository';
import { markRemote } from '../../../../../renderer/src/db/sync/outbox-middleware';
import { SYNC_CONFIG_KEY } from '../../../../../renderer/src/db/sync/sync-keys';
import { formOf, makeContext } from '../../../../support/factories/db';
import { makeEnterprise } from '../../../../support/factories/register';

async function connected(): Promise<RepositoryContext> {
  const ctx = await makeContext({ userName: 'Rina' });
  await ctx.db.syncState.put({ key: SYNC_CONFIG_KEY, value: { serverUrl: 'http://127.0.0.1:1' } });
  return ctx;
}

const ikm = (nib: string, name = 'UD Amplang Bahari') =>
  formOf(makeEnterprise({ nib, name, regionCode: '63.03.07.2001' }));

describe('outbox kept in the same transaction as the change', () => {
  it('records nothing while no server is configured', async () => {
    const ctx = await makeContext();
    const repo = enterpriseRepository(ctx);
    const a = await repo.create(ikm('9120000000001'));
    await repo.update(a.id, { ...ikm('9120000000001'), name: 'UD Baru' }, a.updatedAt);
    expect(await ctx.db.outbox.count()).toBe(0);
  });

  it('records a new record whole, an edit as its changed fields and a soft delete as deletedAt', async () => {
    const ctx = await connected();
    const repo = enterpriseRepository(ctx);
    const a = await repo.create(ikm('9120000000001'));
    const edited = await repo.update(
      a.id,
      { ...ikm('9120000000001'), name: 'UD Amplang Baru' },
      a.updatedAt,
    );
    await repo.softDelete(a.id, edited.updatedAt);
    const rows = await ctx.db.outbox.orderBy('seq').toArray();
    expect(rows.map((r) => r.op)).toEqual(['put', 'put', 'put']);
    expect(rows[0]).toMatchObject({ kind: 'enterprises', id: a.id, baseVersion: 0 });
    expect(rows[0]?.changes).toMatchObject({ name: 'UD Amplang Bahari', nib: '9120000000001' });
    // Search keys and counts kept on the record are derived on every PC, never sent.
    expect(rows[0]?.changes).not.toHaveProperty('nameKey');
    expect(rows[0]?.changes).not.toHaveProperty('revision');
    expect(Object.keys(rows[1]?.changes ?? {}).sort()).toEqual(['name', 'updatedAt']);
    expect(rows[2]?.changes).toHaveProperty('deletedAt');
    expect(rows[2]?.seq).toBeGreaterThan(rows[1]?.seq ?? Infinity);
  });

  it('sends the server version the PC had seen as the base of an edit', async () => {
    const ctx = await connected();
    const repo = enterpriseRepository(ctx);
    const a = await repo.create(ikm('9120000000001'));
    await ctx.db.syncVersions.put({ key: `enterprises:${a.id}`, version: 41 });
    await repo.update(a.id, { ...ikm('9120000000001'), name: 'UD Lain' }, a.updatedAt);
    const last = await ctx.db.outbox.orderBy('seq').last();
    expect(last).toMatchObject({ op: 'put', baseVersion: 41 });
  });

  it('drops the outbox row with the change when the transaction aborts', async () => {
    const ctx = await connected();
    const repo = enterpriseRepository(ctx);
    await expect(
      ctx.db.transaction('rw', ctx.db.tables, async () => {
        await repo.create(ikm('9120000000001'));
        throw new Error('batal');
      }),
    ).rejects.toThrow('batal');
    expect(await ctx.db.enterprises.count()).toBe(0);
    expect(await ctx.db.outbox.count()).toBe(0);
    // A refused write (duplicate NIB) leaves neither.
    await repo.create(ikm('9120000000002'));
    await expect(repo.create(ikm('9120000000002', 'CV Lain'))).rejects.toThrow();
    expect(await ctx.db.enterprises.count()).toBe(1);
    expect(await ctx.db.outbox.count()).toBe(1);
  });

  it('records a hard delete and a cleared table as deletes', async () => {
    const ctx = await connected();
    const repo = enterpriseRepository(ctx);
    const a = await repo.create(ikm('9120000000001'));
    const b = await repo.create(ikm('9120000000002', 'CV Dua'));
    await ctx.db.enterprises.delete(a.id);
    await ctx.db.enterprises.clear();
    const deletes = (await ctx.db.outbox.toArray()).filter((r) => r.op === 'delete');
    expect(deletes.map((r) => r.id)).toEqual([a.id, b.id]);
  });

  it('does not record changes written by the sync module itself', async () => {
    const ctx = await connected();
    const record = makeEnterprise({ nib: '9120000000003' });
    await ctx.db.transaction('rw', ctx.db.enterprises, async () => {
      markRemote(Dexie.currentTransaction.idbtrans);
      await ctx.db.enterprises.put({
        ...record,
        schemaVersion: 1,
        revision: 1,
        live: 1,
        nameKey: 'x',
        words: [],
        kabKotaCode: '63.03',
        sizeClass: 'kecil',
      });
    });
    expect(await ctx.db.enterprises.count()).toBe(1);
    expect(await ctx.db.outbox.count()).toBe(0);
  });
});
