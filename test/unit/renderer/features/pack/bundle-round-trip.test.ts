import { describe, expect, it } from 'vitest';
import type { MergeChoice } from '@shared/bundle/merge-preview';
import { createBlobStore } from '../../../../../renderer/src/db/blob-store';
import type { RepositoryContext } from '../../../../../renderer/src/db/context';
import { attachmentRepository } from '../../../../../renderer/src/db/repositories/attachment-repository';
import { enterpriseRepository } from '../../../../../renderer/src/db/repositories/enterprise-repository';
import { nominationRepository } from '../../../../../renderer/src/db/repositories/nomination-repository';
import { roundRepository } from '../../../../../renderer/src/db/repositories/round-repository';
import { sentraRepository } from '../../../../../renderer/src/db/repositories/sentra-repository';
import {
  exportBundle,
  readBundleData,
} from '../../../../../renderer/src/features/pack/bundle-export';
import {
  applyBundle,
  openBundle,
  previewBundle,
} from '../../../../../renderer/src/features/pack/bundle-import';
import { formOf, makeContext } from '../../../../support/factories/db';
import { makeEnterprise, makeProduct, makeSentra } from '../../../../support/factories/register';
import { makeNomination, makeRound } from '../../../../support/factories/round';

const PHOTO = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1, 2, 3]);

async function seedRegister(ctx: RepositoryContext): Promise<{ enterpriseId: string }> {
  const sentra = await sentraRepository(ctx).create(formOf(makeSentra()));
  const enterprises = enterpriseRepository(ctx);
  const enterprise = await enterprises.create(formOf(makeEnterprise({ sentraId: sentra.id })));
  const product = await enterprises.products.create(
    formOf(makeProduct({ enterpriseId: enterprise.id })),
  );
  await attachmentRepository(ctx, createBlobStore(ctx.db)).add({
    bytes: PHOTO,
    originalName: 'produk.jpg',
    kind: 'photo',
    owner: { type: 'product', id: product.id },
    caption: 'Kemasan',
  });
  const round = await roundRepository(ctx).create(formOf(makeRound()));
  const { history, status, ...rest } = formOf(
    makeNomination({ roundId: round.id, enterpriseId: enterprise.id, productId: product.id }),
  );
  await nominationRepository(ctx).create({ ...rest, history, status });
  return { enterpriseId: enterprise.id };
}

async function bundleBytes(ctx: RepositoryContext): Promise<Uint8Array> {
  const { blob } = await exportBundle(ctx, {
    roundIds: [],
    appVersion: '0.1.0',
    office: { name: 'Disperin Kab. Banjar' },
    exportedAt: '2026-04-01T00:00:00.000Z',
  });
  return new Uint8Array(await blob.arrayBuffer());
}

describe('exchange bundle round trip (fake-indexeddb)', () => {
  it('export → import into an empty register gives an identical register, journaled once', async () => {
    const source = await makeContext();
    await seedRegister(source);
    const opened = openBundle(await bundleBytes(source));
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    const target = await makeContext({ start: '2026-05-01T00:00:00.000Z' });
    const preview = await previewBundle(target, opened);
    expect(preview.counts).toMatchObject({ identical: 0, updated: 0, conflict: 0 });
    await applyBundle(target, opened, preview, new Map());
    expect(await readBundleData(target)).toEqual(await readBundleData(source));
    expect(
      await createBlobStore(target.db).get((await target.db.attachments.toArray())[0]?.hash ?? ''),
    ).toEqual(PHOTO);
    const [sentra] = await target.db.sentras.toArray();
    expect(sentra?.enterpriseCount).toBe(1);
    expect((await target.db.enterprises.toArray())[0]?.commodity).toBe('makanan-minuman');
    expect(await target.db.importJournal.count()).toBe(1);
    // Importing the same bundle again changes nothing: everything is identical.
    const again = await previewBundle(target, opened);
    expect(again.counts.new + again.counts.updated + again.counts.conflict).toBe(0);
  });

  it('a received sentra counts its live IKM only, not the deleted ones the bundle carries', async () => {
    const source = await makeContext();
    const sentra = await sentraRepository(source).create(formOf(makeSentra()));
    const enterprises = enterpriseRepository(source);
    for (const nib of ['9120000000101', '9120000000102', '9120000000103'])
      await enterprises.create(formOf(makeEnterprise({ sentraId: sentra.id, nib })));
    const gone = await enterprises.findByNib('9120000000102');
    await enterprises.softDelete(gone?.id ?? '');
    const opened = openBundle(await bundleBytes(source));
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    const target = await makeContext({ start: '2026-05-01T00:00:00.000Z' });
    await applyBundle(target, opened, await previewBundle(target, opened), new Map());
    expect(await target.db.enterprises.count()).toBe(3);
    expect((await target.db.sentras.get(sentra.id))?.enterpriseCount).toBe(2);
  });

  it('a conflicting IKM is written only as chosen: keep ours leaves our edit in place', async () => {
    const source = await makeContext();
    const { enterpriseId } = await seedRegister(source);
    const bytes = await bundleBytes(source);
    const target = await makeContext({ start: '2026-05-01T00:00:00.000Z' });
    const opened = openBundle(bytes);
    if (!opened.ok) throw new Error('bundel ditolak');
    await applyBundle(target, opened, await previewBundle(target, opened), new Map());
    const repo = enterpriseRepository(target);
    const ours = await repo.get(enterpriseId);
    if (!ours) throw new Error('IKM tidak ada');
    await repo.update(enterpriseId, { ...formOf(ours), phone: '0811-1111-2222' }, ours.updatedAt);
    // The bundle's copy is older than our edit: a conflict, not an update.
    const preview = await previewBundle(target, opened);
    const conflict = preview.items.find((i) => i.status === 'conflict');
    expect(conflict?.label).toContain('UD Berkah Bahari');
    await expect(applyBundle(target, opened, preview, new Map())).rejects.toThrow(/belum dipilih/);
    await applyBundle(
      target,
      opened,
      preview,
      new Map([[conflict?.key ?? '', 'ours' as MergeChoice]]),
    );
    expect((await repo.get(enterpriseId))?.phone).toBe('0811-1111-2222');
    await applyBundle(
      target,
      opened,
      preview,
      new Map([[conflict?.key ?? '', 'theirs' as MergeChoice]]),
    );
    expect((await repo.get(enterpriseId))?.phone).toBe('0812-3456-7890');
  });

  it('a hostile bundle is refused before anything is written', async () => {
    const target = await makeContext();
    const { readFileSync } = await import('node:fs');
    const bytes = new Uint8Array(
      readFileSync(new URL('../../../../fixtures/hostile-bundles/traversal.zip', import.meta.url)),
    );
    const opened = openBundle(bytes);
    expect(opened.ok).toBe(false);
    expect(await target.db.importJournal.count()).toBe(0);
  });
});
