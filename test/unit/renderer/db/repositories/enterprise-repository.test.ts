import { describe, expect, it } from 'vitest';
import type { Enterprise } from '@shared/domain/enterprise/enterprise';
import { enterpriseRepository } from '../../../../../renderer/src/db/repositories/enterprise-repository';
import { formOf, makeContext } from '../../../../support/factories/db';
import { makeAward, makeProduct } from '../../../../support/factories/register';
import { ikmForm } from '../../../../support/factories/repository-reads';

/** Walks `eachMatching` and records the chunks as lists of names. */
async function chunksOf(
  repo: ReturnType<typeof enterpriseRepository>,
  filter: Parameters<typeof repo.eachMatching>[0],
  size: number,
) {
  const chunks: string[][] = [];
  const count = await repo.eachMatching(
    filter,
    (rows: readonly Enterprise[]) => void chunks.push(rows.map((r) => r.name)),
    size,
  );
  return { chunks, count };
}

describe('enterprise repository: eachMatching', () => {
  it('hands over every live IKM in name order, a chunk at a time, equal names in creation (id) order across chunks', async () => {
    const repo = enterpriseRepository(await makeContext());
    for (const name of [
      'UD Maju',
      'CV Anggrek',
      'ud maju',
      'UD. Maju',
      'Berkah',
      'Toko 9',
      'Toko 10',
    ])
      await repo.create(ikmForm(name));
    const gone = await repo.create(ikmForm('Abadi'));
    await repo.softDelete(gone.id);
    const { chunks, count } = await chunksOf(repo, {}, 2);
    expect(count).toBe(7);
    expect(chunks.map((c) => c.length)).toEqual([2, 2, 2, 1]);
    // "ud maju", "UD Maju" and "UD. Maju" share one name key: they keep their creation order.
    expect(chunks.flat()).toEqual([
      'Berkah',
      'CV Anggrek',
      'Toko 10',
      'Toko 9',
      'UD Maju',
      'ud maju',
      'UD. Maju',
    ]);
  });

  it('applies the grid filters (kab/kota, text, recycle bin) and returns the entity without storage keys', async () => {
    const repo = enterpriseRepository(await makeContext());
    await repo.create(ikmForm('UD Maju Banjar', { regionCode: '63.03.07.2001' }));
    await repo.create(ikmForm('UD Maju Kota', { regionCode: '63.71.01.1001' }));
    await repo.create(ikmForm('CV Sejahtera Banjar', { regionCode: '63.03.07.2001' }));
    const deleted = await repo.create(ikmForm('UD Maju Lama', { regionCode: '63.03.07.2001' }));
    await repo.softDelete(deleted.id);
    expect((await chunksOf(repo, { kabKotaCode: '63.03' }, 1)).chunks.flat()).toEqual([
      'CV Sejahtera Banjar',
      'UD Maju Banjar',
    ]);
    expect((await chunksOf(repo, { kabKotaCode: '63.03', text: 'maj' }, 5)).chunks.flat()).toEqual([
      'UD Maju Banjar',
    ]);
    expect((await chunksOf(repo, { scope: 'deleted' }, 5)).chunks.flat()).toEqual(['UD Maju Lama']);
    const seen: Enterprise[] = [];
    await repo.eachMatching({ text: 'sejahtera' }, (rows) => void seen.push(...rows));
    expect(seen).toHaveLength(1);
    expect(
      Object.keys(seen[0] ?? {}).some((k) =>
        ['nameKey', 'words', 'live', 'revision', 'kabKotaCode', 'sizeClass'].includes(k),
      ),
    ).toBe(false);
  });

  it('matches a NIB prefix typed as digits', async () => {
    const repo = enterpriseRepository(await makeContext());
    await repo.create(ikmForm('UD Satu', { nib: '8120000000001' }));
    await repo.create(ikmForm('UD Dua', { nib: '9120000000002' }));
    expect((await chunksOf(repo, { text: '8120' }, 5)).chunks.flat()).toEqual(['UD Satu']);
  });

  it('hands over nothing (and says 0) when nothing matches', async () => {
    const repo = enterpriseRepository(await makeContext());
    await repo.create(ikmForm('UD Satu'));
    expect(await chunksOf(repo, { kabKotaCode: '64.01' }, 5)).toEqual({ chunks: [], count: 0 });
  });
});

describe('enterprise repository: getMany', () => {
  it('reads several IKM and products by id, deleted ones included, unknown ids left out', async () => {
    const repo = enterpriseRepository(await makeContext());
    const a = await repo.create(ikmForm('UD A'));
    const b = await repo.create(ikmForm('UD B'));
    await repo.softDelete(b.id);
    const found = await repo.getMany([a.id, b.id, 'tidak-ada', a.id]);
    expect([...found.keys()].sort()).toEqual([a.id, b.id].sort());
    expect(found.get(b.id)?.deletedAt).toBeDefined();
    expect(found.get(a.id)).toEqual(await repo.get(a.id));
    const product = await repo.products.create(
      formOf(makeProduct({ enterpriseId: a.id, name: 'Kerupuk' })),
    );
    expect((await repo.products.getMany([product.id])).get(product.id)?.name).toBe('Kerupuk');
  });
});

describe('enterprise repository: awards.listLive', () => {
  it('lists the live awards of every IKM, oldest year first, without deleted ones', async () => {
    const repo = enterpriseRepository(await makeContext());
    const a = await repo.create(ikmForm('UD A'));
    const b = await repo.create(ikmForm('UD B'));
    const { id: _1, createdAt: _2, updatedAt: _3, deletedAt: _4, ...award } = makeAward();
    await repo.awards.create({ ...award, enterpriseId: a.id, year: 2023 });
    await repo.awards.create({ ...award, enterpriseId: b.id, year: 2019 });
    const gone = await repo.awards.create({ ...award, enterpriseId: b.id, year: 2021 });
    await repo.awards.softDelete(gone.id);
    const live = await repo.awards.listLive();
    expect(live.map((x) => [x.enterpriseId, x.year])).toEqual([
      [b.id, 2019],
      [a.id, 2023],
    ]);
    expect(Object.keys(live[0] ?? {})).not.toContain('live');
  });
});

describe('enterprise repository: legalitas and awards of several IKM in one read', () => {
  it('gives each IKM the rows its own list gives, in the same order, deleted rows included', async () => {
    const repo = enterpriseRepository(await makeContext());
    const a = await repo.create(ikmForm('UD A'));
    const b = await repo.create(ikmForm('UD B'));
    const none = await repo.create(ikmForm('UD C'));
    const { id: _1, createdAt: _2, updatedAt: _3, deletedAt: _4, ...award } = makeAward();
    for (const [owner, year] of [
      [b, 2022],
      [a, 2021],
      [b, 2019],
      [a, 2021],
      [b, 2022],
    ] as const)
      await repo.awards.create({ ...award, enterpriseId: owner.id, year });
    const gone = await repo.awards.create({ ...award, enterpriseId: a.id, year: 2018 });
    await repo.awards.softDelete(gone.id);
    const ids = [a.id, b.id, none.id];
    const together = await repo.awards.listByEnterprises(ids);
    for (const id of ids)
      expect(together.filter((x) => x.enterpriseId === id)).toEqual(await repo.awards.list(id));
    expect(together).toHaveLength(6);
    expect(await repo.credentials.listByEnterprises([none.id])).toEqual([]);
  });
});
