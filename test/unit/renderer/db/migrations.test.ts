import { describe, expect, it } from 'vitest';
import {
  DATABASE_VERSION,
  OvopDatabase,
  REGISTER_TABLES,
} from '../../../../renderer/src/db/database';
import { VERSION_1_STORES } from '../../../../renderer/src/db/migrations/0001-initial';
import { createContext } from '../../../../renderer/src/db/context';
import { enterpriseRepository } from '../../../../renderer/src/db/repositories/enterprise-repository';
import { seedVersionFixture, version1Fixture } from '../../../support/factories/db';

const uniqueName = (label: string): string =>
  `migration-${label}-${Math.random().toString(36).slice(2)}`;

describe('migration 0001 (initial)', () => {
  it('creates every register table with the grid indexes from an empty start', async () => {
    const db = new OvopDatabase(uniqueName('empty'));
    await db.open();
    expect(db.verno).toBe(DATABASE_VERSION);
    const names = db.tables.map((t) => t.name);
    for (const table of [...REGISTER_TABLES, 'marker']) expect(names).toContain(table);
    const indexes = db.enterprises.schema.indexes.map((i) => i.name);
    expect(indexes).toEqual(
      expect.arrayContaining(['[live+kabKotaCode+nameKey]', '[live+commodity+nameKey]', 'nib']),
    );
    expect(db.sentras.schema.indexes.map((i) => i.name)).toContain('words');
    expect(db.enterprises.schema.indexes.find((i) => i.name === 'nib')?.unique).toBe(true);
    db.close();
  });
});

// The pattern every future migration test follows: seed the fixture of the previous version with
// that version's stores, open with the current code, check all rows and invariants, open again.
describe('opening a version-1 register with the current code', () => {
  it('keeps every row, answers grid queries, and is idempotent when opened twice', async () => {
    const name = uniqueName('v1');
    const fixture = version1Fixture();
    await seedVersionFixture(name, 1, VERSION_1_STORES, fixture);
    for (let round = 0; round < 2; round++) {
      const db = new OvopDatabase(name);
      await db.open();
      for (const [table, rows] of Object.entries(fixture))
        expect(await db.table(table).count()).toBe(rows.length);
      const repo = enterpriseRepository(createContext(db));
      const page = await repo.page({
        filter: { kabKotaCode: '63.03' },
        sort: { field: 'name', direction: 'asc' },
        offset: 0,
        limit: 10,
      });
      expect(page.rows.map((r) => r.name)).toEqual(['UD Tanah Liat']);
      expect((await repo.get('e-2'))?.deletedAt).toBeDefined();
      db.close();
    }
  });

  it('refuses to open a register written by a newer version of the app', async () => {
    const name = uniqueName('newer');
    await seedVersionFixture(name, DATABASE_VERSION + 1, { ...VERSION_1_STORES, extra: 'id' }, {});
    await expect(new OvopDatabase(name).open()).rejects.toThrow(/versi OVOP Desk yang lebih baru/);
  });
});
