import { describe, expect, it } from 'vitest';
import { asSentraId } from '@shared/domain/common/ids';
import {
  DuplicateNibError,
  StaleWriteError,
  ValidationError,
} from '../../../../renderer/src/db/errors';
import { enterpriseRepository } from '../../../../renderer/src/db/repositories/enterprise-repository';
import { sentraRepository } from '../../../../renderer/src/db/repositories/sentra-repository';
import { formOf, makeContext } from '../../../support/factories/db';
import { makeEnterprise, makeProduct, makeSentra } from '../../../support/factories/register';

describe('enterprise repository', () => {
  it('creates an IKM and writes an audit row naming the user of this PC', async () => {
    const ctx = await makeContext({ userName: 'Rina (Bidang Industri)' });
    const repo = enterpriseRepository(ctx);
    const created = await repo.create(formOf(makeEnterprise({ name: 'UD Maju Jaya' })));
    expect(await repo.get(created.id)).toEqual(created);
    const audit = await ctx.db.audit
      .where('[entity+entityId]')
      .equals(['enterprise', created.id])
      .toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', user: 'Rina (Bidang Industri)' });
    expect(audit[0]?.changes?.map((c) => c.field)).toContain('name');
  });

  it('refuses invalid input with Indonesian messages and field paths, writing nothing', async () => {
    const ctx = await makeContext();
    const repo = enterpriseRepository(ctx);
    const error = await repo
      .create(formOf(makeEnterprise({ nib: '12345', name: '' })))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    expect(issues).toContainEqual({ path: 'nib', message: 'NIB harus 13 digit angka' });
    expect(issues).toContainEqual({ path: 'name', message: 'Nama IKM wajib diisi' });
    expect(await ctx.db.enterprises.count()).toBe(0);
    expect(await ctx.db.audit.count()).toBe(0);
  });

  it('refuses a duplicate NIB and names the IKM that holds it', async () => {
    const ctx = await makeContext();
    const repo = enterpriseRepository(ctx);
    const first = await repo.create(
      formOf(makeEnterprise({ nib: '9120001234567', name: 'UD Pertama' })),
    );
    const error = await repo
      .create(formOf(makeEnterprise({ nib: '9120001234567', name: 'UD Kedua' })))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DuplicateNibError);
    expect((error as DuplicateNibError).existingId).toBe(first.id);
    expect((error as DuplicateNibError).message).toContain('UD Pertama');
    expect(await ctx.db.enterprises.count()).toBe(1);
  });

  it('updates with the loaded updatedAt, and refuses a stale save from another window', async () => {
    const ctx = await makeContext();
    const repo = enterpriseRepository(ctx);
    const loaded = await repo.create(formOf(makeEnterprise({ workerCount: 8 })));
    const saved = await repo.update(
      loaded.id,
      { ...formOf(loaded), workerCount: 12 },
      loaded.updatedAt,
    );
    expect(saved.workerCount).toBe(12);
    const stale = repo.update(loaded.id, { ...formOf(loaded), workerCount: 99 }, loaded.updatedAt);
    await expect(stale).rejects.toBeInstanceOf(StaleWriteError);
    await expect(stale).rejects.toThrow(/telah diubah di jendela lain/);
    expect((await repo.get(loaded.id))?.workerCount).toBe(12);
    const updates = (await ctx.db.audit.toArray()).filter((a) => a.action === 'update');
    const changes = updates.flatMap((a) => a.changes ?? []);
    expect(changes).toEqual([{ field: 'workerCount', before: 8, after: 12 }]);
  });

  it('soft-deletes and restores, keeping the sentra IKM count in step', async () => {
    const ctx = await makeContext();
    const sentras = sentraRepository(ctx);
    const repo = enterpriseRepository(ctx);
    const sentra = await sentras.create(formOf(makeSentra()));
    const ikm = await repo.create({ ...formOf(makeEnterprise()), sentraId: sentra.id });
    const count = async (): Promise<number> =>
      (await ctx.db.sentras.get(sentra.id))?.enterpriseCount ?? -1;
    expect(await count()).toBe(1);
    const deleted = await repo.softDelete(ikm.id, ikm.updatedAt);
    expect(deleted.deletedAt).toBeDefined();
    expect(await count()).toBe(0);
    const page = await repo.page({
      filter: {},
      sort: { field: 'name', direction: 'asc' },
      offset: 0,
      limit: 10,
    });
    expect(page.total).toBe(0);
    const restored = await repo.restore(ikm.id);
    expect(restored.deletedAt).toBeUndefined();
    expect(await count()).toBe(1);
    const actions = (await ctx.db.audit.orderBy('at').toArray()).map(
      (a) => `${a.entity}:${a.action}`,
    );
    expect(actions).toEqual([
      'sentra:create',
      'enterprise:create',
      'enterprise:delete',
      'enterprise:restore',
    ]);
  });

  it('refuses an unknown sentra', async () => {
    const ctx = await makeContext();
    const error = await enterpriseRepository(ctx)
      .create({ ...formOf(makeEnterprise()), sentraId: asSentraId('tidak-ada') })
      .catch((e: unknown) => e);
    expect((error as ValidationError).issues).toEqual([
      { path: 'sentraId', message: 'Sentra yang dipilih tidak ditemukan' },
    ]);
  });

  it('takes the grid commodity from the first product', async () => {
    const ctx = await makeContext();
    const repo = enterpriseRepository(ctx);
    const ikm = await repo.create(formOf(makeEnterprise()));
    const product = await repo.products.create(
      formOf(makeProduct({ enterpriseId: ikm.id, commodity: 'anyaman' })),
    );
    const page = async (): Promise<number> =>
      (
        await repo.page({
          filter: { commodity: 'anyaman' },
          sort: { field: 'name', direction: 'asc' },
          offset: 0,
          limit: 10,
        })
      ).total;
    expect(await page()).toBe(1);
    await repo.products.softDelete(product.id);
    expect(await page()).toBe(0);
  });
});
