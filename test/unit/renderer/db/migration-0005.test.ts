import { describe, expect, it } from 'vitest';
import { DATABASE_VERSION, OvopDatabase } from '../../../../renderer/src/db/database';
import { VERSION_1_STORES } from '../../../../renderer/src/db/migrations/0001-initial';
import { VERSION_2_STORES } from '../../../../renderer/src/db/migrations/0002-letter-register';
import { VERSION_3_STORES } from '../../../../renderer/src/db/migrations/0003-lean-enterprise-indexes';
import { VERSION_4_STORES } from '../../../../renderer/src/db/migrations/0004-register-stats';
import { generateRegister } from '../../../support/seed/generate-register';
import { registerRecords } from '../../../support/seed/seed-database';
import { createRegionCatalog } from '../../../../renderer/src/regions';
import { seedVersionFixture } from '../../../support/factories/db';
import { nodeRegionSource } from '../../../support/factories/regions';

describe('migration 0005 (shared register bookkeeping) on a version-4 register', () => {
  it('keeps the register as it was and starts with an empty outbox and no connection', async () => {
    const regions = [...(await createRegionCatalog(nodeRegionSource()).loadDesa('63.03.07'))];
    const records = registerRecords(
      generateRegister({ ikm: 20, sentra: 3, seed: 5, regions, at: '2025-05-01T00:00:00.000Z' }),
    );
    const name = `migration-0005-${Math.random().toString(36).slice(2)}`;
    const stores = { ...VERSION_1_STORES, ...VERSION_2_STORES, ...VERSION_3_STORES };
    await seedVersionFixture(name, 4, { ...stores, ...VERSION_4_STORES }, records);

    const db = new OvopDatabase(name);
    await db.open();
    expect(db.verno).toBe(DATABASE_VERSION);
    expect(await db.enterprises.count()).toBe(records.enterprises.length);
    expect(await db.sentras.count()).toBe(records.sentras.length);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.syncState.count()).toBe(0);
    expect(await db.syncVersions.count()).toBe(0);
    expect(await db.syncConflicts.count()).toBe(0);
    db.close();
  });
});
