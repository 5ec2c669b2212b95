import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../server/src/db/migrate';
import { lockCounter, saveCounter } from '../../server/src/services/record-sql';
import { databaseName, PG_MISSING, useCluster } from './support/cluster-fixture';

/**
 * The classic hole of "pull everything after my cursor": versions taken from a sequence commit out
 * of order, so an eager reader steps past a version that a slower transaction commits a moment
 * later. The same scenario runs with a sequence (it must lose changes, or this test proves nothing)
 * and with the server's counter (it must lose none).
 */
type Allocator = {
  begin(tx: pg.PoolClient): Promise<number>;
  end(tx: pg.PoolClient, version: number): Promise<void>;
};

const naive: Allocator = {
  begin: async (tx) =>
    Number((await tx.query<{ v: string }>("SELECT nextval('naive_versions') AS v")).rows[0]?.v),
  end: async () => undefined,
};
const server: Allocator = {
  begin: async (tx) => (await lockCounter(tx)) + 1,
  end: (tx, version) => saveCounter(tx, version),
};

const WRITERS = 8;
const TRANSACTIONS_EACH = 25;

async function scenario(
  pool: pg.Pool,
  allocator: Allocator,
  table: string,
): Promise<{ written: number; seen: number[] }> {
  let writing = true;
  const writer = async (w: number): Promise<void> => {
    for (let i = 0; i < TRANSACTIONS_EACH; i += 1) {
      const tx = await pool.connect();
      try {
        await tx.query('BEGIN');
        const version = await allocator.begin(tx);
        await tx.query(`INSERT INTO ${table} (version, writer) VALUES ($1, $2)`, [version, w]);
        await tx.query('SELECT pg_sleep($1)', [Math.random() * 0.02]);
        await allocator.end(tx, version);
        await tx.query('COMMIT');
      } finally {
        tx.release();
      }
    }
  };
  const seen: number[] = [];
  const reader = async (): Promise<void> => {
    let cursor = 0;
    const poll = async (): Promise<void> => {
      const { rows } = await pool.query<{ version: string }>(
        `SELECT version FROM ${table} WHERE version > $1 ORDER BY version`,
        [cursor],
      );
      for (const r of rows) seen.push(Number(r.version));
      cursor = rows.length ? Number(rows[rows.length - 1]?.version) : cursor;
    };
    while (writing) {
      await poll();
      await new Promise((r) => setTimeout(r, 1));
    }
    await poll();
  };
  const readerDone = reader();
  await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
  writing = false;
  await readerDone;
  return { written: WRITERS * TRANSACTIONS_EACH, seen };
}

describe.skipIf(PG_MISSING)(
  'versions in commit order: an eager reader never skips a change',
  () => {
    const cluster = useCluster();
    let pool: pg.Pool;
    beforeAll(async () => {
      const url = cluster().createDatabase(databaseName('order'));
      await migrate(url);
      pool = new pg.Pool({ connectionString: url, max: WRITERS + 2 });
      await pool.query('CREATE SEQUENCE naive_versions');
      await pool.query('CREATE TABLE naive_changes (version bigint PRIMARY KEY, writer int)');
      await pool.query('CREATE TABLE counted_changes (version bigint PRIMARY KEY, writer int)');
    });
    afterAll(async () => pool?.end());

    it('a sequence loses changes to a reader that pulls while slower transactions are open', async () => {
      const { written, seen } = await scenario(pool, naive, 'naive_changes');
      expect(new Set(seen).size).toBeLessThan(written);
    });

    it("the server's counter loses none: every change is seen exactly once", async () => {
      const { written, seen } = await scenario(pool, server, 'counted_changes');
      expect(seen).toHaveLength(written);
      expect(new Set(seen).size).toBe(written);
      expect(seen).toEqual(Array.from({ length: written }, (_, i) => i + 1));
    });
  },
);
