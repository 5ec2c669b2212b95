import { describe, expect, it, vi } from 'vitest';
import { crc32 } from '@shared/bundle/crc32';
import { exportAll, restoreAll } from '../../../../renderer/src/db/safety/snapshot';
import { runImport } from '../../../../renderer/src/db/safety/import-journal';
import { detectLoss, recordSnapshot } from '../../../../renderer/src/db/safety/marker';
import { readEnterpriseStats } from '../../../../renderer/src/db/registers/register-stats';
import { indexedDbBlobStore } from '../../../../renderer/src/db/blob-store';
import { ValidationError } from '../../../../renderer/src/db/errors';
import { attachmentRepository } from '../../../../renderer/src/db/repositories/attachment-repository';
import { enterpriseRepository } from '../../../../renderer/src/db/repositories/enterprise-repository';
import { sentraRepository } from '../../../../renderer/src/db/repositories/sentra-repository';
import { formOf, makeContext, makeDatabase } from '../../../support/factories/db';
import { makeEnterprise, makeProduct, makeSentra } from '../../../support/factories/register';

const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

async function smallRegister() {
  const ctx = await makeContext({ userName: 'Budi' });
  const sentra = await sentraRepository(ctx).create(formOf(makeSentra()));
  const ikm = enterpriseRepository(ctx);
  const enterprise = await ikm.create({ ...formOf(makeEnterprise()), sentraId: sentra.id });
  await ikm.products.create(formOf(makeProduct({ enterpriseId: enterprise.id })));
  await attachmentRepository(ctx, indexedDbBlobStore(ctx.db)).add({
    bytes: PNG_BYTES,
    originalName: 'foto.png',
    kind: 'photo',
    owner: { type: 'enterprise', id: enterprise.id },
  });
  return { ctx, enterprise };
}

describe('import journal', () => {
  it('commits every row and one journal row', async () => {
    const ctx = await makeContext({ userName: 'Budi' });
    const ikm = enterpriseRepository(ctx);
    const rows = ['9120000000011', '9120000000012', '9120000000013'];
    const journal = await runImport(
      ctx,
      'xlsx-ikm',
      rows,
      async (nib) => void (await ikm.create(formOf(makeEnterprise({ nib })))),
    );
    expect(journal).toMatchObject({
      kind: 'xlsx-ikm',
      rowCount: 3,
      user: 'Budi',
      status: 'committed',
    });
    expect(await ctx.db.enterprises.count()).toBe(3);
    expect(await ctx.db.importJournal.count()).toBe(1);
  });

  it('leaves nothing behind when a row fails half-way: no rows, no audit, no journal', async () => {
    const ctx = await makeContext();
    const ikm = enterpriseRepository(ctx);
    const rows = ['9120000000021', '9120000000022', 'bukan-nib'];
    const attempt = runImport(
      ctx,
      'xlsx-ikm',
      rows,
      async (nib) => void (await ikm.create(formOf(makeEnterprise({ nib })))),
    );
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    expect(await ctx.db.enterprises.count()).toBe(0);
    expect(await ctx.db.audit.count()).toBe(0);
    expect(await ctx.db.importJournal.count()).toBe(0);
  });
});

describe('export and restore', () => {
  it('restores an export into an empty database exactly, blobs included', async () => {
    const { ctx } = await smallRegister();
    const snapshot = await exportAll(ctx.db);
    const json = JSON.parse(JSON.stringify(snapshot)) as unknown;
    const target = makeDatabase('restore');
    await restoreAll(target, json);
    const again = await exportAll(target, () => new Date(snapshot.exportedAt));
    expect(again).toEqual(snapshot);
    expect(await indexedDbBlobStore(target).get(snapshot.tables.blobs[0]?.hash ?? '')).toEqual(
      PNG_BYTES,
    );
    // A backup does not carry the CRC-32; the restore computes it again.
    expect(await indexedDbBlobStore(target).read(snapshot.tables.blobs[0]?.hash ?? '')).toEqual({
      bytes: PNG_BYTES,
      crc32: crc32(PNG_BYTES),
    });
  });

  it('refuses a damaged snapshot before touching the existing register', async () => {
    const { ctx } = await smallRegister();
    const snapshot = await exportAll(ctx.db);
    // Without its manifest (a format-1 backup) the row check is what refuses it.
    const { manifest: _m, formatVersion: _v, ...old } = snapshot;
    const broken = JSON.parse(JSON.stringify(old)) as {
      tables: { enterprises: { nib: string }[] };
    };
    const row = broken.tables.enterprises[0];
    if (row) row.nib = '123';
    const target = (await smallRegister()).ctx.db;
    const before = await target.enterprises.toArray();
    const error = await restoreAll(target, broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]).toEqual({
      path: 'enterprises[0].nib',
      message: 'NIB harus 13 digit angka',
    });
    expect(await target.enterprises.toArray()).toEqual(before);
  });

  it('refuses a snapshot written by a newer app version', async () => {
    const { ctx } = await smallRegister();
    const snapshot = { ...(await exportAll(ctx.db)), schemaVersion: 99 };
    await expect(restoreAll(makeDatabase(), snapshot)).rejects.toThrow(/versi yang lebih baru/);
  });
});

describe('loss detection', () => {
  it('tells an empty database with a snapshot apart from a healthy one', async () => {
    const { ctx } = await smallRegister();
    const snapshot = await exportAll(ctx.db);
    await recordSnapshot(ctx.db, 'snap-1');
    const manifest = {
      snapshotId: 'snap-1',
      registerId: snapshot.registerId,
      counts: snapshot.counts,
    };
    expect(await detectLoss(ctx.db, manifest)).toBe('ok');
    expect(await detectLoss(makeDatabase(), manifest)).toBe('empty-but-snapshot-exists');
    expect(await detectLoss(ctx.db, undefined)).toBe('no-snapshot');
    expect(await detectLoss(ctx.db, { ...manifest, registerId: 'kantor-lain' })).toBe(
      'different-register',
    );
    await ctx.db.enterprises.clear();
    expect(await detectLoss(ctx.db, manifest)).toBe('rows-missing');
  });

  it('takes the IKM count from the kept counts, and counts the store when they are unknown', async () => {
    const { ctx } = await smallRegister();
    const snapshot = await exportAll(ctx.db);
    await recordSnapshot(ctx.db, 'snap-1');
    const manifest = {
      snapshotId: 'snap-1',
      registerId: snapshot.registerId,
      counts: snapshot.counts,
    };
    await readEnterpriseStats(ctx.db); // kept from the first time anyone asks
    const count = vi.spyOn(ctx.db.enterprises, 'count');
    expect(await detectLoss(ctx.db, manifest)).toBe('ok');
    expect(count).not.toHaveBeenCalled();
    // A soft-deleted IKM still counts as a stored row, as in the snapshot.
    const [first] = await ctx.db.enterprises.toArray();
    await ctx.db.enterprises.update(first!.id, { live: 0, deletedAt: '2026-01-03T00:00:00.000Z' });
    expect(await detectLoss(ctx.db, manifest)).toBe('ok');
    await ctx.db.registerStats.clear();
    expect(await detectLoss(ctx.db, manifest)).toBe('ok');
    expect(count).toHaveBeenCalled();
    await ctx.db.enterprises.delete(first!.id);
    expect(await detectLoss(ctx.db, manifest)).toBe('rows-missing');
  });
});

describe('attachments', () => {
  it('detects the type from content, stores the bytes once, and lists by owner', async () => {
    const { ctx, enterprise } = await smallRegister();
    const repo = attachmentRepository(ctx, indexedDbBlobStore(ctx.db));
    const second = await repo.add({
      bytes: PNG_BYTES,
      originalName: 'salinan.pdf',
      kind: 'photo',
      owner: { type: 'enterprise', id: enterprise.id },
    });
    expect(second.mediaType).toBe('image/png');
    expect(await ctx.db.blobs.count()).toBe(1);
    expect(
      (await repo.listByOwner({ type: 'enterprise', id: enterprise.id })).map(
        (a) => a.originalName,
      ),
    ).toEqual(['foto.png', 'salinan.pdf']);
    await repo.softDelete(second.id);
    expect(await repo.listByOwner({ type: 'enterprise', id: enterprise.id })).toHaveLength(1);
    await repo.restore(second.id);
    expect(await repo.listByOwner({ type: 'enterprise', id: enterprise.id })).toHaveLength(2);
  });

  it('keeps the CRC-32 of stored bytes for the ZIP writer, and reads rows kept without one', async () => {
    const ctx = await makeContext({ userName: 'Budi' });
    const store = indexedDbBlobStore(ctx.db);
    const hash = await store.put(PNG_BYTES);
    expect(await store.read(hash)).toEqual({ bytes: PNG_BYTES, crc32: crc32(PNG_BYTES) });
    const older = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 5, 6, 7]);
    await ctx.db.blobs.add({ hash: 'a'.repeat(64), bytes: older, size: older.length });
    expect(await store.read('a'.repeat(64))).toEqual({ bytes: older });
    expect(await store.read('b'.repeat(64))).toBeUndefined();
  });
});
