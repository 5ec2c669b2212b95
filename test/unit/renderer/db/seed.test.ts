import { describe, expect, it } from 'vitest';
import { OVOP_COMMODITIES } from '@shared/domain/common/commodity';
import { enterpriseSchema } from '@shared/domain/enterprise/enterprise.schema';
import { productSchema } from '@shared/domain/product/product.schema';
import { sentraSchema } from '@shared/domain/sentra/sentra.schema';
import { createContext } from '../../../../renderer/src/db/context';
import { enterpriseRepository } from '../../../../renderer/src/db/repositories/enterprise-repository';
import { sentraRepository } from '../../../../renderer/src/db/repositories/sentra-repository';
import { generateRegister } from '../../../support/seed/generate-register';
import { registerSnapshot, seedDatabase } from '../../../support/seed/seed-database';
import { restoreAll } from '../../../../renderer/src/db/safety/snapshot';
import { createRegionCatalog } from '../../../../renderer/src/regions';
import { makeDatabase } from '../../../support/factories/db';
import { nodeRegionSource } from '../../../support/factories/regions';

async function smallRegister(seed = 7) {
  const regions = [...(await createRegionCatalog(nodeRegionSource()).loadDesa('63.03.07'))];
  return generateRegister({ ikm: 40, sentra: 10, seed, regions, at: '2026-01-02T01:00:00.000Z' });
}

describe('generated register', () => {
  it('is valid domain data with all five commodities, real desa codes and unique NIBs', async () => {
    const register = await smallRegister();
    for (const s of register.sentras) expect(sentraSchema.safeParse(s).success).toBe(true);
    for (const e of register.enterprises)
      expect(enterpriseSchema.safeParse(e).error).toBeUndefined();
    for (const p of register.products) expect(productSchema.safeParse(p).error).toBeUndefined();
    expect(new Set(register.products.map((p) => p.commodity))).toEqual(new Set(OVOP_COMMODITIES));
    expect(new Set(register.enterprises.map((e) => e.nib)).size).toBe(40);
    expect(register.enterprises.every((e) => e.regionCode.startsWith('63.03.07.'))).toBe(true);
    expect(await smallRegister()).toEqual(register);
    expect((await smallRegister(8)).enterprises.map((e) => e.name)).not.toEqual(
      register.enterprises.map((e) => e.name),
    );
  });

  it('seeds a database the repositories can page, with sentra counts that add up', async () => {
    const register = await smallRegister();
    const db = makeDatabase('seed');
    await seedDatabase(db, register);
    const ctx = createContext(db);
    const page = await enterpriseRepository(ctx).page({
      filter: { kabKotaCode: '63.03' },
      sort: { field: 'name', direction: 'asc' },
      offset: 0,
      limit: 100,
    });
    expect(page.total).toBe(40);
    const sentras = await sentraRepository(ctx).page({
      filter: {},
      sort: { field: 'name', direction: 'asc' },
      offset: 0,
      limit: 100,
    });
    const counted = sentras.rows.reduce((sum, s) => sum + s.enterpriseCount, 0);
    expect(counted).toBe(register.enterprises.filter((e) => e.sentraId !== undefined).length);
  });

  it('produces a snapshot that restoreAll accepts', async () => {
    const register = await smallRegister();
    const db = makeDatabase('seed-restore');
    await restoreAll(
      db,
      JSON.parse(
        JSON.stringify(await registerSnapshot(register, '2026-01-02T01:00:00.000Z', 'seed-7')),
      ),
    );
    expect(await db.enterprises.count()).toBe(40);
    expect(await db.sentras.count()).toBe(10);
  });
});
