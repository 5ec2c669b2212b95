import { describe, expect, it } from 'vitest';
import { createContext } from '../../../../renderer/src/db/context';
import { DATABASE_VERSION, OvopDatabase } from '../../../../renderer/src/db/database';
import { VERSION_1_STORES } from '../../../../renderer/src/db/migrations/0001-initial';
import { VERSION_2_STORES } from '../../../../renderer/src/db/migrations/0002-letter-register';
import { VERSION_3_STORES } from '../../../../renderer/src/db/migrations/0003-lean-enterprise-indexes';
import { VERSION_4_STORES } from '../../../../renderer/src/db/migrations/0004-register-stats';
import { VERSION_5_STORES } from '../../../../renderer/src/db/migrations/0005-sync';
import { VERSION_8_STORES } from '../../../../renderer/src/db/migrations/0008-import-audit';
import type { EnterpriseRecord } from '../../../../renderer/src/db/registers/records';
import { enterpriseRepository } from '../../../../renderer/src/db/repositories/enterprise-repository';
import { normaliseSearchText } from '../../../../renderer/src/db/search/search-keys';
import { createRegionCatalog } from '../../../../renderer/src/regions';
import { seedVersionFixture } from '../../../support/factories/db';
import { nodeRegionSource } from '../../../support/factories/regions';
import { generateRegister } from '../../../support/seed/generate-register';
import { registerRecords } from '../../../support/seed/seed-database';

const indexNames = (db: OvopDatabase, table: 'enterprises' | 'sentras'): string[] =>
  db.table(table).schema.indexes.map((i) => i.name);

describe('migration 0009 (no word or plain sentra index on IKM) on a version-8 register', () => {
  it('keeps every IKM row as it was and still finds IKM by words in every sort', async () => {
    const regions = [...(await createRegionCatalog(nodeRegionSource()).loadDesa('63.03.07'))];
    const records = registerRecords(
      generateRegister({ ikm: 40, sentra: 3, seed: 9, regions, at: '2025-05-01T00:00:00.000Z' }),
    );
    const before = records.enterprises as readonly EnterpriseRecord[];
    const name = `migration-0009-${Math.random().toString(36).slice(2)}`;
    const stores = { ...VERSION_1_STORES, ...VERSION_2_STORES, ...VERSION_3_STORES };
    await seedVersionFixture(
      name,
      8,
      { ...stores, ...VERSION_4_STORES, ...VERSION_5_STORES, ...VERSION_8_STORES },
      records,
    );

    const db = new OvopDatabase(name);
    await db.open();
    expect(db.verno).toBe(DATABASE_VERSION);
    expect(indexNames(db, 'enterprises')).not.toContain('words');
    expect(indexNames(db, 'enterprises')).not.toContain('sentraId');
    expect(indexNames(db, 'enterprises')).toContain('[live+sentraId+nameKey]');
    expect(indexNames(db, 'enterprises')).toContain('[live+nib]');
    expect(indexNames(db, 'sentras')).toContain('words');
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect((await db.enterprises.toArray()).sort(byId)).toEqual([...before].sort(byId));
    expect(await db.sentras.count()).toBe(records.sentras.length);

    // A word of the owner's name, searched with the grid sorted by NIB.
    const owner = before.find((r) => r.live === 1) as EnterpriseRecord;
    const term = normaliseSearchText(owner.ownerName).split(' ')[0] ?? '';
    const want = before
      .filter((r) => r.live === 1 && r.words.some((w) => w.startsWith(term)))
      .map((r) => r.nib)
      .sort();
    const repo = enterpriseRepository(createContext(db));
    const page = await repo.page({
      filter: { text: term },
      sort: { field: 'nib', direction: 'asc' },
      offset: 0,
      limit: 100,
    });
    expect(want.length).toBeGreaterThan(0);
    expect(page.rows.map((r) => r.nib)).toEqual(want);
    expect(page.total).toBe(want.length);
    db.close();
  });
});
