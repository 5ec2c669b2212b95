import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUSH_BATCH_MAX } from '@shared/sync/protocol.schema';
import { columns, KEYS_SQL, LOAD_SQL, OPEN_SQL } from '../../server/src/services/push-sql';
import type { RunningServer } from '../../server/src/start';
import { makeEnterprise, makeProduct } from '../support/factories/register';
import { databaseName, PG_MISSING, useCluster } from './support/cluster-fixture';
import { BANJAR, makeAccounts, pullAll, startTestServer, type Api } from './support/harness';

type PushBody = {
  lastMutationId: number;
  results: { mutationId: number; status: string; id: string; version?: number }[];
  error?: string;
};

/**
 * Full batches, as the desktop app sends them: the server writes a batch's records in several
 * statements while it works out the rest, and the batch must still be one transaction.
 */
describe.skipIf(PG_MISSING)('OVOP Desk Server: a full push batch', () => {
  const cluster = useCluster();
  let server: RunningServer;
  let inspect: pg.Pool;
  let banjar: Api;
  let appUrl: string;
  beforeAll(async () => {
    const name = databaseName('batch');
    appUrl = cluster().createDatabase(name);
    server = await startTestServer(appUrl);
    inspect = new pg.Pool({ connectionString: cluster().adminUrl(name) });
    ({ banjar } = await makeAccounts(server.url));
  });
  afterAll(async () => {
    await inspect?.end();
    await server?.close();
  });

  /** IKM `${prefix}-${i}` with a NIB of its own (`nibDigit` keeps the tests' NIBs apart). */
  const ikm = (prefix: string, nibDigit: number, i: number, overrides = {}) =>
    makeEnterprise({
      id: `${prefix}-${i}` as never,
      nib: `9${nibDigit}${String(i).padStart(11, '0')}`,
      regionCode: `${BANJAR}.07.2001`,
      ...overrides,
    });
  const putOf = (mutationId: number, kind: string, record: { id: string }, baseVersion = 0) => {
    const { id, ...changes } = record;
    return { mutationId, kind, id, op: 'put', changes, baseVersion };
  };
  const push = (mutations: unknown[], clientId = 'pc-banjar-batch') =>
    banjar.post<PushBody>('/sync/push', { clientId, mutations });
  const stored = async (prefix: string) =>
    (
      await inspect.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM records WHERE id LIKE $1 || '-%'",
        [prefix],
      )
    ).rows[0]?.n;

  it('refuses a whole batch whose record deep inside cannot be stored, says why in Indonesian, and takes it again once fixed', async () => {
    const records = Array.from({ length: PUSH_BATCH_MAX }, (_, i) => ikm('nul', 1, i));
    const broken = records.map((r, i) =>
      putOf(i + 1, 'enterprises', i === 700 ? { ...r, notes: 'catatan\u0000rusak' } : r),
    );
    const refused = await push(broken);
    expect(refused.status).toBe(422);
    expect(refused.body.error).toBe(
      'Ada teks berisi karakter yang tidak dapat disimpan (misalnya karakter NUL); hapus karakter itu lalu kirim lagi.',
    );
    // The records before it (already sent to PostgreSQL) went with it, and so did the PC's row
    // that its first push made.
    expect(await stored('nul')).toBe(0);
    const client = await inspect.query(
      "SELECT 1 FROM client_mutations WHERE client_id = 'pc-banjar-batch'",
    );
    expect(client.rowCount).toBe(0);
    expect((await inspect.query("SELECT 1 FROM audit WHERE action = 'push'")).rowCount).toBe(0);

    const fixed = await push(records.map((r, i) => putOf(i + 1, 'enterprises', r)));
    expect(fixed.status).toBe(200);
    expect(fixed.body.lastMutationId).toBe(PUSH_BATCH_MAX);
    expect(fixed.body.results.map((r) => r.status)).toEqual(records.map(() => 'applied' as const));
    expect(await stored('nul')).toBe(PUSH_BATCH_MAX);
  });

  it('refuses a whole batch whose record the shared schema refuses, early or deep inside, naming the record and its field', async () => {
    const records = Array.from({ length: PUSH_BATCH_MAX }, (_, i) => ikm('sch', 4, i));
    // One record among those checked while PostgreSQL reads, one among those checked as the batch
    // is applied (after records already written ahead).
    for (const bad of [10, 900]) {
      const refused = await push(
        records.map((r, i) => putOf(i + 1, 'enterprises', i === bad ? { ...r, nib: '12' } : r)),
        'pc-banjar-schema',
      );
      expect(refused.status).toBe(422);
      expect(refused.body.error).toMatch(new RegExp(`^IKM sch-${bad} \\(nib\\): `));
      expect(await stored('sch')).toBe(0);
    }
    const fixed = await push(
      records.map((r, i) => putOf(i + 1, 'enterprises', r)),
      'pc-banjar-schema',
    );
    expect(fixed.status).toBe(200);
    expect(await stored('sch')).toBe(PUSH_BATCH_MAX);
  });

  it('keeps the last change of a record changed again later in the batch, maps a second IKM with the same NIB onto the first, and scopes a product by an IKM written earlier in it', async () => {
    const base = PUSH_BATCH_MAX;
    const records = Array.from({ length: 900 }, (_, i) => ikm('dua', 2, i));
    const first = records[3]!;
    const twin = ikm('dua', 2, 950, { nib: first.nib, name: 'UD Kembar' });
    const product = makeProduct({ id: 'dua-produk' as never, enterpriseId: first.id as never });
    const mutations = [
      ...records.map((r, i) => putOf(base + 1 + i, 'enterprises', r)),
      putOf(base + 901, 'enterprises', twin),
      {
        mutationId: base + 902,
        kind: 'enterprises',
        id: first.id,
        op: 'put',
        changes: { phone: '0811-5000-123' },
        baseVersion: 0,
      },
      putOf(base + 903, 'products', product),
    ];
    const reply = await push(mutations);
    expect(reply.status).toBe(200);
    const byMutation = new Map(reply.body.results.map((r) => [r.mutationId, r]));
    expect(byMutation.get(base + 901)?.id).toBe(first.id);
    const edit = byMutation.get(base + 902);
    expect(edit?.id).toBe(first.id);
    expect(edit?.version).toBeGreaterThan(byMutation.get(base + 4)?.version ?? Infinity);

    const rows = await inspect.query<{
      id: string;
      data: Record<string, unknown>;
      version: string;
    }>(
      "SELECT id, data, version, kab_kota_code FROM records WHERE id IN ($1, 'dua-950', 'dua-produk')",
      [first.id],
    );
    expect(rows.rows.map((r) => r.id).sort()).toEqual([first.id, 'dua-produk']);
    const kept = rows.rows.find((r) => r.id === first.id);
    expect(kept?.data).toMatchObject({ phone: '0811-5000-123', nib: first.nib });
    expect(Number(kept?.version)).toBe(edit?.version);
    expect(rows.rows.find((r) => r.id === 'dua-produk')).toMatchObject({ kab_kota_code: BANJAR });
    expect(await stored('dua')).toBe(901);

    // Another PC of the office pulls each record once, as last written.
    const pulled = (await pullAll(banjar)).filter((c) => c.id.startsWith('dua-'));
    expect(pulled).toHaveLength(901);
    expect(pulled.find((c) => c.id === first.id)?.data).toMatchObject({ phone: '0811-5000-123' });
  });

  it('reads the records and natural keys a full batch names by index probes, never by scanning every record', async () => {
    // The register holds the earlier tests' 1,900 IKM; with fresh statistics a join on the pushed
    // ids was planned as a scan of all of them, once per push.
    await inspect.query('ANALYZE records');
    const records = Array.from({ length: PUSH_BATCH_MAX }, (_, i) => ikm('tiga', 3, i));
    const refs = columns(
      records.map((r) => ({ kind: 'enterprises', id: r.id })),
      'id',
    );
    const keys = columns(
      records.map((r) => ({ kind: 'enterprises', key: `enterprises#${r.nib}` })),
      'key',
    );
    const app = new pg.Client({ connectionString: appUrl });
    await app.connect();
    const scans: string[] = [];
    try {
      await app.query('BEGIN');
      await app.query("SELECT set_config('ovop.role', 'province', true)");
      for (const [sql, values] of [
        [OPEN_SQL, [...refs, ...keys]],
        [LOAD_SQL, refs],
        [KEYS_SQL, keys],
      ] as const) {
        const { rows } = await app.query<{ 'QUERY PLAN': unknown }>(
          `EXPLAIN (FORMAT JSON) ${sql}`,
          values as unknown as string[],
        );
        const walk = (node: Record<string, unknown>): void => {
          if (node['Relation Name'] === 'records') scans.push(String(node['Node Type']));
          for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? [])
            walk(child);
        };
        const plan = rows[0]?.['QUERY PLAN'] as { Plan: Record<string, unknown> }[];
        walk(plan[0]!.Plan);
      }
    } finally {
      await app.query('ROLLBACK');
      await app.end();
    }
    // OPEN_SQL: the records and the keys; LOAD_SQL: the records; KEYS_SQL: the keys.
    expect(scans).toHaveLength(4);
    expect(scans.filter((s) => !/Index/.test(s))).toEqual([]);
  });
});
