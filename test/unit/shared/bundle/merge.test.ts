import { describe, expect, it } from 'vitest';
import { emptyBundleData, type BundleData, type BundleRow } from '@shared/bundle/bundle-data';
import { mergePlan } from '@shared/bundle/merge-plan';
import { mergePreview, type MergeChoice } from '@shared/bundle/merge-preview';
import { makeEnterprise, makeProduct, makeSentra } from '../../../support/factories/register';

const data = (over: Partial<Record<keyof BundleData, BundleRow[]>>): BundleData => ({
  ...emptyBundleData(),
  ...over,
});
let n = 0;
const newId = (): string => `baru-${++n}`;

describe('mergePreview', () => {
  it('sorts incoming records into new, identical, updated and conflicting', () => {
    const same = makeSentra();
    const local = makeEnterprise({ nib: '1111111111111', updatedAt: '2026-03-01T00:00:00.000Z' });
    const edited = makeEnterprise({ nib: '2222222222222', updatedAt: '2026-03-05T00:00:00.000Z' });
    const ours = data({ sentras: [same], enterprises: [local, edited] });
    const theirs = data({
      sentras: [same, makeSentra({ name: 'Sentra Baru' })],
      enterprises: [
        { ...local, workerCount: 20, updatedAt: '2026-04-01T00:00:00.000Z' },
        { ...edited, phone: '0811-0000-000', updatedAt: '2026-03-02T00:00:00.000Z' },
        makeEnterprise({
          nib: '1111111111111',
          name: 'Nama Lain, NIB sama',
          updatedAt: '2026-02-01T00:00:00.000Z',
        }),
      ],
    });
    const preview = mergePreview(ours, theirs);
    expect(preview.counts).toEqual({ new: 1, identical: 1, updated: 1, conflict: 2, refused: 0 });
    const updated = preview.items.find((i) => i.status === 'updated');
    expect(updated?.changedFields).toEqual(['workerCount']);
    expect(updated?.defaultChoice).toBe('theirs');
    const byNib = preview.items.find((i) => i.matchedBy === 'key');
    expect(byNib?.label).toBe('IKM Nama Lain, NIB sama (NIB 1111111111111)');
    expect(byNib?.choices).toEqual(['ours', 'theirs']);
  });
});

describe('mergePlan', () => {
  it('refuses to plan while a conflict has no choice', () => {
    const e = makeEnterprise();
    const preview = mergePreview(
      data({ enterprises: [e] }),
      data({ enterprises: [{ ...e, name: 'Beda', updatedAt: e.updatedAt }] }),
    );
    const result = mergePlan(preview, new Map(), newId);
    expect(result).toEqual({ ok: false, unresolved: [`enterprises:${e.id}`] });
  });

  it('keep ours writes nothing; take theirs overwrites under our id', () => {
    const e = makeEnterprise();
    const theirs = { ...e, name: 'Beda', updatedAt: e.updatedAt };
    const preview = mergePreview(data({ enterprises: [e] }), data({ enterprises: [theirs] }));
    const keep = mergePlan(
      preview,
      new Map([[`enterprises:${e.id}`, 'ours' as MergeChoice]]),
      newId,
    );
    expect(keep.ok && keep.plan.writes.enterprises).toEqual([]);
    const take = mergePlan(
      preview,
      new Map([[`enterprises:${e.id}`, 'theirs' as MergeChoice]]),
      newId,
    );
    expect(take.ok && take.plan.writes.enterprises).toEqual([theirs]);
  });

  it('keep both gives the incoming sentra a new id and moves its IKM along', () => {
    const s = makeSentra();
    const theirsSentra = { ...s, name: 'Sentra Versi Kab', updatedAt: s.updatedAt };
    const child = makeEnterprise({ sentraId: s.id, nib: '3333333333333' });
    const preview = mergePreview(
      data({ sentras: [s] }),
      data({ sentras: [theirsSentra], enterprises: [child] }),
    );
    const result = mergePlan(
      preview,
      new Map([[`sentras:${s.id}`, 'both' as MergeChoice]]),
      () => 'sentra-salinan',
    );
    if (!result.ok) throw new Error('plan gagal');
    expect(result.plan.writes.sentras).toEqual([{ ...theirsSentra, id: 'sentra-salinan' }]);
    expect(result.plan.writes.enterprises[0]?.sentraId).toBe('sentra-salinan');
    expect(result.plan.counts).toEqual({
      added: 1,
      replaced: 0,
      keptBoth: 1,
      skipped: 0,
      refused: 0,
    });
  });

  it('an IKM matched by NIB: keeping ours attaches the incoming products to our IKM', () => {
    const ourIkm = makeEnterprise({ nib: '4444444444444' });
    const theirIkm = makeEnterprise({ nib: '4444444444444', name: 'Duplikat' });
    const product = makeProduct({ enterpriseId: theirIkm.id });
    const preview = mergePreview(
      data({ enterprises: [ourIkm] }),
      data({ enterprises: [theirIkm], products: [product] }),
    );
    const result = mergePlan(
      preview,
      new Map([[`enterprises:${theirIkm.id}`, 'ours' as MergeChoice]]),
      newId,
    );
    if (!result.ok) throw new Error('plan gagal');
    expect(result.plan.writes.enterprises).toEqual([]);
    expect(result.plan.writes.products).toEqual([{ ...product, enterpriseId: ourIkm.id }]);
  });
});

describe('merging the same bundle twice', () => {
  it('after taking an IKM matched by NIB, the same bundle shows nothing left to change', () => {
    const ourIkm = makeEnterprise({ nib: '5555555555555', name: 'Versi Provinsi' });
    const theirIkm = makeEnterprise({ nib: '5555555555555', name: 'Versi Kabupaten' });
    const product = makeProduct({ enterpriseId: theirIkm.id });
    const theirs = data({ enterprises: [theirIkm], products: [product] });
    const first = mergePreview(data({ enterprises: [ourIkm] }), theirs);
    const result = mergePlan(
      first,
      new Map([[`enterprises:${theirIkm.id}`, 'theirs' as MergeChoice]]),
      newId,
    );
    if (!result.ok) throw new Error('plan gagal');
    const merged = data({
      enterprises: result.plan.writes.enterprises,
      products: result.plan.writes.products,
    });
    expect(merged.enterprises).toEqual([{ ...theirIkm, id: ourIkm.id }]);
    const again = mergePreview(merged, theirs);
    expect(again.counts).toEqual({ new: 0, identical: 2, updated: 0, conflict: 0, refused: 0 });
  });
});
