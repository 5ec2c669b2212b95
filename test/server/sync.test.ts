import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/src/start';
import { makeEnterprise, makeProduct, makeSentra } from '../support/factories/register';
import { makeRound } from '../support/factories/round';
import { pullResponseSchema } from '@shared/sync/protocol.schema';
import { databaseName, PG_MISSING, useCluster } from './support/cluster-fixture';
import {
  BANJAR,
  makeAccounts,
  nextMutationId,
  pullAll,
  put,
  startTestServer,
  TALA,
  type Api,
} from './support/harness';

type PushBody = {
  lastMutationId: number;
  results: {
    mutationId: number;
    status: string;
    id: string;
    version?: number;
    conflicts?: number;
  }[];
  error?: string;
};

describe.skipIf(PG_MISSING)('OVOP Desk Server: push, pull, merge and identity', () => {
  const cluster = useCluster();
  let server: RunningServer;
  /** The superuser's view (row-level security hides scoped rows from the app role's bare queries). */
  let inspect: pg.Pool;
  let accounts: Awaited<ReturnType<typeof makeAccounts>>;
  beforeAll(async () => {
    const name = databaseName('sync');
    server = await startTestServer(cluster().createDatabase(name));
    inspect = new pg.Pool({ connectionString: cluster().adminUrl(name) });
    accounts = await makeAccounts(server.url);
  });
  afterAll(async () => {
    await inspect?.end();
    await server?.close();
  });

  /** The register's version counter now: a cursor after every change pushed so far. */
  const currentVersion = async () =>
    Number((await inspect.query('SELECT version FROM sync_state')).rows[0].version);
  const push = (api: Api, clientId: string, mutations: unknown[]) =>
    api.post<PushBody>('/sync/push', { clientId, mutations });
  const banjarIkm = (overrides = {}) =>
    makeEnterprise({
      regionCode: `${BANJAR}.07.2001`,
      nib: `91200${String(nextMutationId()).padStart(8, '0')}`,
      ...overrides,
    });

  it('applies a batch re-sent after a lost reply once, and says which mutations it had already', async () => {
    const ikm = banjarIkm();
    const batch = [put('enterprises', ikm)];
    const first = await push(accounts.banjar, 'pc-banjar-a', batch);
    expect(first.status).toBe(200);
    expect(first.body.results[0]).toMatchObject({ status: 'applied', id: ikm.id });
    const again = await push(accounts.banjar, 'pc-banjar-a', batch);
    expect(again.body.results[0]).toMatchObject({ status: 'duplicate', id: ikm.id });
    const rows = await inspect.query(
      'SELECT count(*)::int AS n, max(version) AS v FROM records WHERE id = $1',
      [ikm.id],
    );
    expect(rows.rows[0].n).toBe(1);
    expect(Number(rows.rows[0].v)).toBe(first.body.results[0]?.version);
  });

  it('merges edits of different fields made offline on two PCs and records a same-field conflict with both values and who made them', async () => {
    const ikm = banjarIkm({ name: 'UD Sasirangan Indah' });
    const created = await push(accounts.banjar, 'pc-banjar-b', [put('enterprises', ikm)]);
    const base = created.body.results[0]?.version ?? 0;
    // Two PCs of the province edit the same IKM from the same base version.
    await push(accounts.province, 'pc-prov-1', [
      put('enterprises', { id: ikm.id, phone: '0511-111111', workerCount: 12 }, base),
    ]);
    const second = await push(accounts.banjar, 'pc-banjar-b', [
      put('enterprises', { id: ikm.id, address: 'Jl. Baru No. 1', workerCount: 15 }, base),
    ]);
    expect(second.body.results[0]?.conflicts).toBe(1);
    const stored = await inspect.query('SELECT data FROM records WHERE kind = $1 AND id = $2', [
      'enterprises',
      ikm.id,
    ]);
    expect(stored.rows[0].data).toMatchObject({
      phone: '0511-111111',
      address: 'Jl. Baru No. 1',
      workerCount: 15,
      name: 'UD Sasirangan Indah',
    });
    const conflicts = await accounts.banjar.get<{
      conflicts: {
        id: string;
        recordId: string;
        field: string;
        keptValue: unknown;
        keptBy: string;
        otherValue: unknown;
        otherBy: string;
      }[];
    }>('/conflicts');
    const mine = conflicts.body.conflicts.filter((c) => c.recordId === ikm.id);
    expect(mine).toEqual([
      expect.objectContaining({
        field: 'workerCount',
        keptValue: 15,
        keptBy: 'Petugas banjar',
        otherValue: 12,
        otherBy: 'Petugas prov',
      }),
    ]);

    // Resolving with the other value puts it back as a new change every PC pulls.
    const cursor = await currentVersion();
    const resolved = await accounts.banjar.post(`/conflicts/${mine[0]?.id}/resolve`, {
      choice: 'other',
    });
    expect(resolved.status).toBe(200);
    const pulled = await pullAll(accounts.province, cursor);
    expect(pulled.find((c) => c.id === ikm.id)?.data).toMatchObject({ workerCount: 12 });
    expect(
      (
        await accounts.banjar.get<{ conflicts: { recordId: string }[] }>('/conflicts')
      ).body.conflicts.some((c) => c.recordId === ikm.id),
    ).toBe(false);
  });

  it('keeps deletes as tombstones that every PC pulls', async () => {
    const ikm = banjarIkm();
    const created = await push(accounts.banjar, 'pc-banjar-c', [put('enterprises', ikm)]);
    const cursor = created.body.results[0]?.version ?? 0;
    await push(accounts.banjar, 'pc-banjar-c', [
      {
        mutationId: nextMutationId(),
        kind: 'enterprises',
        id: ikm.id,
        op: 'delete',
        baseVersion: cursor,
      },
    ]);
    const pulled = await pullAll(accounts.province, cursor);
    expect(pulled.filter((c) => c.id === ikm.id)).toEqual([
      expect.objectContaining({ deleted: true }),
    ]);
    expect(pulled.find((c) => c.id === ikm.id)?.data).toBeUndefined();
  });

  it('makes one round of every office\'s "OVOP 2026" and one sentra of the same sentra typed differently', async () => {
    const provRound = makeRound({ name: 'OVOP 2026' });
    const pushed = await push(accounts.province, 'pc-prov-2', [put('rounds', provRound)]);
    expect(pushed.status).toBe(200);
    const otherPc = makeRound({ name: 'Periode OVOP Tahun 2026' });
    const mapped = await push(accounts.province, 'pc-prov-3', [put('rounds', otherPc)]);
    expect(mapped.body.results[0]?.id).toBe(provRound.id);
    const rounds = await inspect.query(
      "SELECT count(*)::int AS n FROM records WHERE kind = 'rounds' AND NOT deleted",
    );
    expect(rounds.rows[0].n).toBe(1);

    const sentra = makeSentra({
      name: 'Sentra Tenun Sasirangan',
      commodity: 'kain-tenun',
      regionCode: `${BANJAR}.07.2001`,
    });
    const again = makeSentra({
      name: '  sentra  tenun-SASIRANGAN ',
      commodity: 'kain-tenun',
      regionCode: `${BANJAR}.02.2003`,
    });
    await push(accounts.banjar, 'pc-banjar-d', [put('sentras', sentra)]);
    const second = await push(accounts.province, 'pc-prov-2', [put('sentras', again)]);
    expect(second.body.results[0]?.id).toBe(sentra.id);
    // A nomination pushed against the alias id lands under the known id.
    const ikm = banjarIkm({ sentraId: again.id });
    const withRef = await push(accounts.province, 'pc-prov-2', [put('enterprises', ikm)]);
    expect(withRef.status).toBe(200);
    const stored = await inspect.query(
      "SELECT data->>'sentraId' AS s FROM records WHERE kind = 'enterprises' AND id = $1",
      [ikm.id],
    );
    expect(stored.rows[0].s).toBe(sentra.id);
  });

  it("removes an IKM moved to another kab/kota from the old kab/kota's PCs", async () => {
    const ikm = banjarIkm();
    const product = makeProduct({ enterpriseId: ikm.id });
    await push(accounts.banjar, 'pc-banjar-e', [put('enterprises', ikm), put('products', product)]);
    const cursor = await currentVersion();
    await push(accounts.province, 'pc-prov-4', [
      put('enterprises', { id: ikm.id, regionCode: `${TALA}.01.2001` }, cursor),
    ]);
    const banjarSees = await pullAll(accounts.banjar, cursor);
    expect(banjarSees).toEqual([expect.objectContaining({ id: ikm.id, removed: true })]);
    const talaSees = await pullAll(accounts.tala, cursor);
    expect(talaSees.map((c) => c.id)).toContain(ikm.id);
  });

  it('pulls pages that are strict PullResponses: data on live records only, tombstones and exits without it', async () => {
    const cursor = await currentVersion();
    const kept = banjarIkm({ name: 'UD "Kutip" \\ Garis', notes: 'baris\nkedua é ✓' });
    const gone = banjarIkm();
    const moved = banjarIkm();
    await push(accounts.banjar, 'pc-banjar-p', [
      put('enterprises', kept),
      put('enterprises', gone),
      put('enterprises', moved),
    ]);
    await push(accounts.banjar, 'pc-banjar-p', [
      {
        mutationId: nextMutationId(),
        kind: 'enterprises',
        id: gone.id,
        op: 'delete',
        baseVersion: 0,
      },
    ]);
    await push(accounts.province, 'pc-prov-p', [
      put('enterprises', { id: moved.id, regionCode: `${TALA}.01.2001` }, cursor),
    ]);
    const first = await fetch(`${server.url}/sync/pull?after=${cursor}&limit=2&count=1`, {
      headers: { authorization: `Bearer ${accounts.banjar.token}` },
    });
    expect(first.headers.get('content-type')).toMatch(/^application\/json/);
    const page = pullResponseSchema.parse(await first.json());
    // Banjar's view after the cursor: the kept IKM, the deleted one's tombstone (its delete
    // made its version) and the moved one's exit (the move made its version, the exit the next).
    expect(page.more).toBe(true);
    expect(page.remaining).toBe(3);
    expect(page.changes).toEqual([
      { version: cursor + 1, kind: 'enterprises', id: kept.id, deleted: false, data: kept },
      { version: cursor + 4, kind: 'enterprises', id: gone.id, deleted: true },
    ]);
    expect(page.cursor).toBe(cursor + 4);
    const rest = await accounts.banjar.get(`/sync/pull?after=${page.cursor}&limit=2&count=1`);
    const last = pullResponseSchema.parse(rest.body);
    expect(last).toEqual({
      changes: [
        { version: cursor + 6, kind: 'enterprises', id: moved.id, deleted: false, removed: true },
      ],
      cursor: cursor + 6,
      more: false,
      remaining: 1,
    });
    const none = await accounts.banjar.get(`/sync/pull?after=${last.cursor}`);
    expect(pullResponseSchema.parse(none.body)).toEqual({
      changes: [],
      cursor: last.cursor,
      more: false,
    });
  });

  it('pulls stored data with the values pushed, characters that need escaping included, each kab/kota only its own', async () => {
    const cursor = await currentVersion();
    const awkward =
      'kutip " garis \\ miring / baris\nbaru\r\ttab \u2028 \u2029 \u0001 😀 العربية </script> \\u0041';
    const ikm = banjarIkm({ name: `UD ${awkward} Jaya`, notes: `a${awkward}z` });
    const product = makeProduct({
      enterpriseId: ikm.id,
      uniquenessStory: `Keunikan ${awkward}.`,
      market: {
        local: true,
        regional: false,
        national: false,
        export: true,
        exportDestinations: ['Arab Saudi', `Malaysia ${awkward}.`],
      },
      priceMin: 12_500,
      priceMax: 9_007_199_254_740,
    });
    const talaIkm = makeEnterprise({
      regionCode: `${TALA}.01.2001`,
      nib: `91200${String(nextMutationId()).padStart(8, '0')}`,
      name: `CV ${awkward} Tala`,
    });
    const banjarPush = await push(accounts.banjar, 'pc-banjar-u', [
      put('enterprises', ikm),
      put('products', product),
    ]);
    expect(banjarPush.status).toBe(200);
    expect((await push(accounts.tala, 'pc-tala-u', [put('enterprises', talaIkm)])).status).toBe(
      200,
    );
    const live = (kind: string, record: { id: string }) => ({
      version: expect.any(Number),
      kind,
      id: record.id,
      deleted: false,
      data: record,
    });
    const banjarSees = await pullAll(accounts.banjar, cursor);
    expect(banjarSees).toEqual([live('enterprises', ikm), live('products', product)]);
    expect(banjarSees.map((c) => c.version)).toEqual(banjarPush.body.results.map((r) => r.version));
    expect(await pullAll(accounts.tala, cursor)).toEqual([live('enterprises', talaIkm)]);
    const provinceSees = await pullAll(accounts.province, cursor);
    expect(provinceSees).toEqual([
      live('enterprises', ikm),
      live('products', product),
      live('enterprises', talaIkm),
    ]);
  });

  it('writes one audit row per push naming the account, the records it created and the fields it changed', async () => {
    const ikm = banjarIkm();
    const created = await push(accounts.banjar, 'pc-banjar-g', [put('enterprises', ikm)]);
    await push(accounts.banjar, 'pc-banjar-g', [
      put('enterprises', { id: ikm.id, workerCount: 30 }, created.body.results[0]?.version ?? 0),
    ]);
    const { rows } = await inspect.query(
      `SELECT a.username, audit.detail FROM audit JOIN accounts a ON a.id = audit.account_id
       WHERE audit.action = 'push' AND audit.detail::text LIKE $1 ORDER BY audit.id`,
      [`%${ikm.id}%`],
    );
    expect(rows).toEqual([
      {
        username: 'banjar',
        detail: { created: { enterprises: [ikm.id] }, updated: {}, deleted: {} },
      },
      {
        username: 'banjar',
        detail: {
          created: {},
          updated: { enterprises: { [ikm.id]: { fields: ['workerCount'] } } },
          deleted: {},
        },
      },
    ]);
  });

  it('pulls in pages, in version order, every record once', async () => {
    const batch = Array.from({ length: 30 }, () => put('enterprises', banjarIkm()));
    await push(accounts.banjar, 'pc-banjar-f', batch);
    const pages = await pullAll(accounts.province, 0, 7);
    const versions = pages.map((c) => c.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(pages.map((c) => `${c.kind}:${c.id}`)).size).toBe(pages.length);
    for (const m of batch) expect(pages.some((c) => c.id === m.id)).toBe(true);
  });

  it('gives letter numbers that never repeat across PCs of one office, each office counting on its own', async () => {
    const [banjarNumbers, talaNumbers] = await Promise.all([
      Promise.all(
        Array.from({ length: 20 }, () =>
          accounts.banjar.post<{ sequence: number }>('/letter-numbers', { year: 2026 }),
        ),
      ),
      Promise.all(
        Array.from({ length: 5 }, () =>
          accounts.tala.post<{ sequence: number }>('/letter-numbers', { year: 2026 }),
        ),
      ),
    ]);
    expect(banjarNumbers.map((r) => r.body.sequence).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(talaNumbers.map((r) => r.body.sequence).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
  });

  it('stores attachments once by SHA-256, refuses corrupted or oversized ones, and serves them back', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4 surat usulan bertanda tangan');
    const hash = Buffer.from(await crypto.subtle.digest('SHA-256', bytes)).toString('hex');
    expect((await accounts.banjar.call('PUT', `/blobs/${hash}`, bytes)).status).toBe(201);
    expect((await accounts.banjar.call('PUT', `/blobs/${hash}`, bytes)).status).toBe(200);
    const corrupted = await accounts.banjar.call(
      'PUT',
      `/blobs/${hash.replace(/^./, hash.startsWith('0') ? '1' : '0')}`,
      bytes,
    );
    expect(corrupted.status).toBe(422);
    expect(corrupted.body.error).toMatch(/tidak cocok dengan sidik SHA-256/);
    const back = await accounts.tala.call<Uint8Array>('GET', `/blobs/${hash}`);
    expect(Buffer.from(back.body).equals(Buffer.from(bytes))).toBe(true);
    expect((await accounts.tala.call('GET', `/blobs/${'a'.repeat(64)}`)).status).toBe(404);
  });
});
