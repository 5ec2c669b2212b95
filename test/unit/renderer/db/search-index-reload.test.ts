import type { Table } from 'dexie';
import { describe, expect, it } from 'vitest';
import { asEnterpriseId } from '@shared/domain/common/ids';
import type { EnterpriseRecord } from '../../../../renderer/src/db/registers/records';
import { enterpriseRepository } from '../../../../renderer/src/db/repositories/enterprise-repository';
import { SearchIndex } from '../../../../renderer/src/db/search/search-index';
import { formOf, makeContext } from '../../../support/factories/db';
import { makeEnterprise } from '../../../support/factories/register';

/**
 * The IKM table, except that each `bulkGet` (the index's re-read of changed rows) reads at once but
 * hands its rows over only when the test says so: what the index does with rows read before a
 * later write.
 */
function heldRereads(table: Table<EnterpriseRecord, string>) {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const held = new Proxy(table, {
    get(target, key) {
      if (key === 'bulkGet')
        return async (ids: string[]) => {
          const rows = await target.bulkGet(ids);
          await released;
          return rows;
        };
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
  return { held, release };
}

const named = (index: SearchIndex<EnterpriseRecord>, text: string) =>
  index.search({ live: 1, equal: {}, text });

describe('search index reloaded while it re-reads changed rows', () => {
  it('keeps what the reload read, not the older rows of a re-read that began before it', async () => {
    const ctx = await makeContext();
    const repo = enterpriseRepository(ctx);
    const ikm = await repo.create(
      formOf(makeEnterprise({ name: 'UD Amplang Bahari', nib: '9120000000001' })),
    );
    const { held, release } = heldRereads(ctx.db.enterprises);
    const index = new SearchIndex(held, [], 'nib');
    expect(await named(index, 'amplang')).toEqual([ikm.id]);

    // Renamed: the next search re-reads the row (and reads this name, then waits).
    const first = await repo.update(
      ikm.id,
      { ...formOf(ikm), name: 'UD Sinar Bahari' },
      ikm.updatedAt,
    );
    const searching = named(index, 'sinar');
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Renamed again inside a bulk write of 60 rows, which makes the index reload whole.
    const stored = await ctx.db.enterprises.get(ikm.id);
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
    const afterReload = named(index, 'terang');
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();

    expect(first.name).toBe('UD Sinar Bahari');
    expect(await searching).toEqual([]);
    expect(await afterReload).toEqual([ikm.id]);
    expect(await named(index, 'sinar')).toEqual([]);
    expect(await named(index, 'isi')).toHaveLength(59);
  });
});
