import type { Table } from 'dexie';
import { describe, expect, it } from 'vitest';
import { asEnterpriseId } from '@shared/domain/common/ids';
import type { EnterpriseRecord } from '../../../../renderer/src/db/registers/records';
import { enterpriseRepository } from '../../../../renderer/src/db/repositories/enterprise-repository';
import { SearchIndex } from '../../../../renderer/src/db/search/search-index';
import { formOf, makeContext } from '../../../support/factories/db';
import { makeEnterprise } from '../../../support/factories/register';

/**
 * The IKM table, except that one kind of read the index makes reads at once but hands its rows over
 * only when the test says so: every `bulkGet` (the re-read of changed rows), or the first chunk of
 * the first whole load (`limit`). What the index does with rows read before a later write.
 */
function holding(table: Table<EnterpriseRecord, string>, read: 'bulkGet' | 'first load') {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let loads = 0;
  const held = new Proxy(table, {
    get(target, key) {
      if (key === 'bulkGet' && read === 'bulkGet')
        return async (ids: string[]) => {
          const rows = await target.bulkGet(ids);
          await released;
          return rows;
        };
      if (key === 'limit' && read === 'first load' && loads++ === 0)
        return (n: number) => {
          const chunk = target.limit(n);
          return {
            toArray: async () => {
              const rows = await chunk.toArray();
              await released;
              return rows;
            },
          };
        };
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
  return { held, release };
}

/** The IKM renamed "UD Terang Bahari" in one bulk write of 60 rows (the index then reloads whole). */
async function renameInBulk(ctx: Awaited<ReturnType<typeof makeContext>>, id: string) {
  const stored = await ctx.db.enterprises.get(id);
  if (!stored) throw new Error('IKM tidak ada');
  const filler = Array.from({ length: 59 }, (_, i) => ({
    ...stored,
    id: asEnterpriseId(`ikm-isi-${i}`),
    nib: String(9120000001000 + i),
    name: `CV Isi ${i}`,
    nameKey: `cv isi ${i}`,
    words: ['cv', 'isi', String(i)],
  }));
  await ctx.db.enterprises.bulkPut([
    {
      ...stored,
      name: 'UD Terang Bahari',
      nameKey: 'ud terang bahari',
      words: ['ud', 'terang', 'bahari'],
    },
    ...filler,
  ]);
}

const moment = () => new Promise((resolve) => setTimeout(resolve, 20));

const named = (index: SearchIndex<EnterpriseRecord>, text: string) =>
  index.search({ live: 1, equal: {}, text });

describe('search index reloaded while an older read is still out', () => {
  it('keeps what the reload read, not the older rows of a re-read that began before it', async () => {
    const ctx = await makeContext();
    const repo = enterpriseRepository(ctx);
    const ikm = await repo.create(
      formOf(makeEnterprise({ name: 'UD Amplang Bahari', nib: '9120000000001' })),
    );
    const { held, release } = holding(ctx.db.enterprises, 'bulkGet');
    const index = new SearchIndex(held, [], 'nib');
    expect(await named(index, 'amplang')).toEqual([ikm.id]);

    // Renamed: the next search re-reads the row (and reads this name, then waits).
    const first = await repo.update(
      ikm.id,
      { ...formOf(ikm), name: 'UD Sinar Bahari' },
      ikm.updatedAt,
    );
    const searching = named(index, 'sinar');
    await moment();
    // Renamed again inside a bulk write, which makes the index reload whole.
    await renameInBulk(ctx, ikm.id);
    const afterReload = named(index, 'terang');
    await moment();
    release();

    expect(first.name).toBe('UD Sinar Bahari');
    expect(await searching).toEqual([]);
    expect(await afterReload).toEqual([ikm.id]);
    expect(await named(index, 'sinar')).toEqual([]);
    expect(await named(index, 'isi')).toHaveLength(59);
  });

  it('keeps the newer of two whole loads when the older one finishes last', async () => {
    const ctx = await makeContext();
    const repo = enterpriseRepository(ctx);
    const ikm = await repo.create(
      formOf(makeEnterprise({ name: 'UD Amplang Bahari', nib: '9120000000001' })),
    );
    const { held, release } = holding(ctx.db.enterprises, 'first load');
    const index = new SearchIndex(held, [], 'nib');
    // The first load reads the register as it is now, then waits.
    const first = named(index, 'amplang');
    await moment();
    await renameInBulk(ctx, ikm.id);
    // A search after the bulk write loads again, and finishes first.
    expect(await named(index, 'terang')).toEqual([ikm.id]);
    release();

    expect(await first).toEqual([]);
    expect(await named(index, 'terang')).toEqual([ikm.id]);
    expect(await named(index, 'isi')).toHaveLength(59);
  });
});
