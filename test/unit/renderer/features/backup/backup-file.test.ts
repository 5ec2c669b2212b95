import { beforeEach, describe, expect, it } from 'vitest';
import { createContext, enterpriseRepository, settingsRepository, exportAll, REGISTER_TABLES, sentraRepository, type RepositoryContext } from '../../../../../renderer/src/db';
import { OvopDatabase } from '../../../../../renderer/src/db/database';
import { backupBytes, previewBackup, restoreBackup } from '../../../../../renderer/src/features/backup/backup-file';
import { makeEnterprise, makeSentra } from '../../../../support/factories/register';

let ctx: RepositoryContext;
let seq = 0;
beforeEach(async () => {
  seq += 1;
  let n = 0;
  ctx = createContext(new OvopDatabase(`backup-${seq}`), { now: () => new Date('2026-03-01T08:00:00Z'), newId: () => `id-${seq}-${++n}` });
  await ctx.db.open();
});

async function seed(c: RepositoryContext): Promise<void> {
  const { id: _s, createdAt: _a, updatedAt: _b, deletedAt: _c, ...sentra } = makeSentra();
  await sentraRepository(c).create(sentra);
  for (const nib of ['9120000000001', '9120000000002']) {
    const { id: _i, createdAt: _x, updatedAt: _y, deletedAt: _z, ...e } = makeEnterprise({ nib, name: `UD ${nib}` });
    await enterpriseRepository(c).create(e);
  }
  // A setting created for the first time has no "before": its audit row must survive JSON.
  await settingsRepository(c).setUserName('Budi Santoso');
}

async function dump(c: RepositoryContext): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(REGISTER_TABLES.map(async (t) => [t, await c.db.table(t).toArray()] as const)));
}

describe('backup file', () => {
  it('backup → wipe → restore gives back a deep-equal register, and the preview shows the counts first', async () => {
    await seed(ctx);
    const before = await dump(ctx);
    const { bytes } = await backupBytes(ctx);
    await ctx.db.delete();
    await ctx.db.open();
    expect(await ctx.db.enterprises.count()).toBe(0);
    const preview = previewBackup(bytes);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.preview.counts).toMatchObject({ enterprises: 2, sentras: 1 });
    await restoreBackup(ctx, preview.preview);
    const restored = await dump(ctx);
    expect(restored).toEqual(before);
  });

  it('refuses files that are not backups, in Indonesian', () => {
    expect(previewBackup(new TextEncoder().encode('Nama,NIB'))).toEqual({ ok: false, message: 'Berkas ini bukan cadangan OVOP Desk (bukan JSON yang sah).' });
    expect(previewBackup(new TextEncoder().encode('{"a":1}'))).toEqual({ ok: false, message: 'Berkas ini bukan cadangan register OVOP Desk.' });
  });

  it('validates everything before replacing anything: a damaged row leaves the register as it was', async () => {
    await seed(ctx);
    const snapshot = await exportAll(ctx.db);
    const before = await dump(ctx);
    const damaged = { ...snapshot, tables: { ...snapshot.tables, enterprises: [{ ...(snapshot.tables.enterprises[0] as object), nib: '12' }] } };
    const preview = previewBackup(new TextEncoder().encode(JSON.stringify(damaged)));
    if (!preview.ok) throw new Error(preview.message);
    await expect(restoreBackup(ctx, preview.preview)).rejects.toThrow(/NIB harus 13 digit angka/);
    expect(await dump(ctx)).toEqual(before);
  });
});
