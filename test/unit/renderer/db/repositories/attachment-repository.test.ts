import { describe, expect, it } from 'vitest';
import { indexedDbBlobStore } from '../../../../../renderer/src/db/blob-store';
import { attachmentRepository } from '../../../../../renderer/src/db/repositories/attachment-repository';
import { makeContext } from '../../../../support/factories/db';
import { PHOTO_BYTES } from '../../../../support/factories/repository-reads';

describe('attachment repository: listByOwners', () => {
  it("lists the live attachments of several owners together, oldest first, and nobody else's", async () => {
    const ctx = await makeContext();
    const repo = attachmentRepository(ctx, indexedDbBlobStore(ctx.db));
    const add = (originalName: string, type: 'enterprise' | 'product' | 'nomination', id: string) =>
      repo.add({ bytes: PHOTO_BYTES, originalName, kind: 'photo', owner: { type, id } });
    await add('1-ikm.jpg', 'enterprise', 'ikm-1');
    await add('2-produk.jpg', 'product', 'produk-1');
    await add('3-lain.jpg', 'product', 'produk-lain');
    const removed = await add('4-dihapus.jpg', 'nomination', 'usulan-1');
    await add('5-usulan.jpg', 'nomination', 'usulan-1');
    await add('6-ikm.jpg', 'enterprise', 'ikm-1');
    await repo.softDelete(removed.id);
    const listed = await repo.listByOwners([
      { type: 'enterprise', id: 'ikm-1' },
      { type: 'product', id: 'produk-1' },
      { type: 'nomination', id: 'usulan-1' },
    ]);
    expect(listed.map((a) => a.originalName)).toEqual([
      '1-ikm.jpg',
      '2-produk.jpg',
      '5-usulan.jpg',
      '6-ikm.jpg',
    ]);
    expect(Object.keys(listed[0] ?? {})).not.toContain('ownerKey');
    expect(await repo.listByOwners([])).toEqual([]);
  });
});

describe('attachment repository: setChecklistItem', () => {
  it('tags a document with the requirement it fulfils, untags it, and audits both', async () => {
    const ctx = await makeContext();
    const repo = attachmentRepository(ctx, indexedDbBlobStore(ctx.db));
    const doc = await repo.add({
      bytes: PHOTO_BYTES,
      originalName: 'profil.jpg',
      kind: 'document',
      owner: { type: 'enterprise', id: 'ikm-1' },
    });
    expect(doc.checklistItemId).toBeUndefined();
    expect((await repo.setChecklistItem(doc.id, 'profil-usaha')).checklistItemId).toBe(
      'profil-usaha',
    );
    expect((await repo.get(doc.id))?.checklistItemId).toBe('profil-usaha');
    expect('checklistItemId' in ((await repo.setChecklistItem(doc.id, undefined)) as object)).toBe(
      false,
    );
    const audit = (await ctx.db.audit.toArray()).filter((a) => a.entityId === doc.id);
    expect(audit.map((a) => a.changes?.find((c) => c.field === 'checklistItemId'))).toEqual([
      undefined,
      { field: 'checklistItemId', before: null, after: 'profil-usaha' },
      { field: 'checklistItemId', before: 'profil-usaha', after: null },
    ]);
  });
});
