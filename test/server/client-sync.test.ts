import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/src/start';
import { createContext, type RepositoryContext } from '../../renderer/src/db/context';
import { OvopDatabase } from '../../renderer/src/db/database';
import { readEnterpriseStats } from '../../renderer/src/db/registers/register-stats';
import { enterpriseRepository } from '../../renderer/src/db/repositories/enterprise-repository';
import { readCursor } from '../../renderer/src/db/sync/pull';
import { SyncEngine } from '../../renderer/src/db/sync/sync-engine';
import type { FetchLike } from '../../renderer/src/db/sync/sync-http';
import { memoryTokenStore } from '../../renderer/src/db/sync/token-store';
import { formOf } from '../support/factories/db';
import { makeEnterprise } from '../support/factories/register';
import { databaseName, PG_MISSING, useCluster } from './support/cluster-fixture';
import { makeAccounts, PASSWORD, startTestServer } from './support/harness';

let nib = 0;
const ikm = (overrides = {}) =>
  formOf(
    makeEnterprise({
      nib: `91300${String((nib += 1)).padStart(8, '0')}`,
      regionCode: '63.03.07.2001',
      ...overrides,
    }),
  );

interface Pc {
  readonly ctx: RepositoryContext;
  readonly engine: SyncEngine;
  readonly ikm: ReturnType<typeof enterpriseRepository>;
}

let pcs = 0;
function makePc(fetchImpl?: FetchLike, name?: string, pageSize?: number): Pc {
  const db = new OvopDatabase(name ?? `pc-${process.pid}-${(pcs += 1)}`);
  const ctx = createContext(db);
  const engine = new SyncEngine(db, {
    tokens: memoryTokenStore(),
    intervalMs: 3_600_000,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
    ...(pageSize ? { pageSize } : {}),
  });
  return { ctx, engine, ikm: enterpriseRepository(ctx) };
}

describe.skipIf(PG_MISSING)('the desktop sync module against a real server', () => {
  const cluster = useCluster();
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer(cluster().createDatabase(databaseName('client')));
    await makeAccounts(server.url);
  });
  afterAll(() => server?.close());

  async function connected(pc: Pc, user = 'prov'): Promise<Pc> {
    await pc.engine.connect(server.url, user, PASSWORD);
    pc.engine.stop();
    return pc;
  }

  it("answers a window's preflight, so the app can call from its own origin", async () => {
    const reply = await fetch(`${server.url}/sync/pull?after=0`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://127.0.0.1:5178',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(reply.status).toBe(204);
    expect(reply.headers.get('access-control-allow-origin')).toBe('*');
    expect(reply.headers.get('access-control-allow-headers')).toContain('authorization');
    // Without a token the call itself is still refused.
    const bare = await fetch(`${server.url}/sync/pull?after=0`);
    expect(bare.status).toBe(401);
    expect(bare.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('refuses a wrong password and a bad address with Indonesian messages, and records nothing', async () => {
    const pc = makePc();
    await expect(pc.engine.connect('ftp://x', 'prov', PASSWORD)).rejects.toThrow(
      /harus diawali http/,
    );
    await expect(pc.engine.connect(server.url, 'prov', 'salah-sandi')).rejects.toThrow();
    await pc.ikm.create(ikm());
    expect(await pc.ctx.db.outbox.count()).toBe(0);
    expect(pc.engine.current().state).toBe('off');
  });

  it('brings an IKM made on one PC to another, with counts and search in step', async () => {
    const a = await connected(makePc());
    const b = await connected(makePc());
    const made = await a.ikm.create(ikm({ name: 'UD Sasirangan Murakata' }));
    await a.engine.syncNow();
    expect(a.engine.current()).toMatchObject({ state: 'online', pending: 0 });
    await b.engine.syncNow();
    expect(await b.ikm.get(made.id)).toEqual(made);
    expect((await readEnterpriseStats(b.ctx.db)).byKabKota['63.03']).toBeGreaterThanOrEqual(1);
    const found = await b.ikm.page({
      filter: { text: 'murakata' },
      sort: { field: 'name', direction: 'asc' },
      offset: 0,
      limit: 10,
    });
    expect(found.rows.map((r) => r.id)).toEqual([made.id]);
    // Applying the pulled IKM recorded nothing to send back.
    expect(await b.ctx.db.outbox.count()).toBe(0);

    // A soft delete travels too: the IKM is in B's recycle bin.
    await a.ikm.softDelete(made.id);
    await a.engine.syncNow();
    await b.engine.syncNow();
    expect((await b.ikm.get(made.id))?.deletedAt).toBeDefined();
  });

  it('merges edits of different fields made offline and records a same-field edit as a conflict', async () => {
    const a = await connected(makePc());
    const b = await connected(makePc(), 'banjar');
    const made = await a.ikm.create(
      ikm({ name: 'CV Amplang', phone: '0811-1111-1111', address: 'Jl. A' }),
    );
    await a.engine.syncNow();
    await b.engine.syncNow();
    const onA = await a.ikm.get(made.id);
    const onB = await b.ikm.get(made.id);
    if (!onA || !onB) throw new Error('IKM missing');
    // Both offline: A changes the phone and the name, B the address and the name.
    await a.ikm.update(
      made.id,
      { ...formOf(onA), phone: '0822-2222-2222', name: 'CV Amplang A' },
      onA.updatedAt,
    );
    await b.ikm.update(
      made.id,
      { ...formOf(onB), address: 'Jl. B', name: 'CV Amplang B' },
      onB.updatedAt,
    );
    await a.engine.syncNow();
    await b.engine.syncNow();
    await a.engine.syncNow();
    for (const pc of [a, b]) {
      expect(await pc.ikm.get(made.id)).toMatchObject({
        phone: '0822-2222-2222',
        address: 'Jl. B',
        name: 'CV Amplang B',
      });
    }
    const conflicts = await a.ctx.db.syncConflicts.where('recordId').equals(made.id).toArray();
    expect(conflicts).toEqual([
      expect.objectContaining({
        field: 'name',
        keptValue: 'CV Amplang B',
        keptBy: 'Petugas banjar',
        otherValue: 'CV Amplang A',
        otherBy: 'Petugas prov',
      }),
    ]);
    const [conflict] = conflicts;
    await a.engine.resolveConflict(conflict?.id ?? '', 'other');
    await b.engine.syncNow();
    expect(await b.ikm.get(made.id)).toMatchObject({ name: 'CV Amplang A' });
    expect(await a.ctx.db.syncConflicts.where('recordId').equals(made.id).count()).toBe(0);
  });

  it('re-sends a batch whose reply was lost; the server applies it once', async () => {
    let dropNextPushReply = true;
    const lossy: FetchLike = async (input, init) => {
      const response = await fetch(input, init);
      if (dropNextPushReply && input.endsWith('/sync/push')) {
        dropNextPushReply = false;
        throw new TypeError('network lost');
      }
      return response;
    };
    const a = await connected(makePc(lossy));
    const made = await a.ikm.create(ikm());
    await a.engine.syncNow();
    expect(a.engine.current().state).toBe('offline');
    expect(await a.ctx.db.outbox.count()).toBe(1);
    // An edit made before the retry is not folded into the batch already sent.
    const stored = await a.ikm.get(made.id);
    if (!stored) throw new Error('IKM missing');
    await a.ikm.update(made.id, { ...formOf(stored), notes: 'sesudah' }, stored.updatedAt);
    await a.engine.syncNow();
    expect(a.engine.current()).toMatchObject({ state: 'online', pending: 0 });
    const b = await connected(makePc());
    expect(await b.ikm.get(made.id)).toMatchObject({ notes: 'sesudah' });
    expect(await b.ctx.db.syncConflicts.where('recordId').equals(made.id).count()).toBe(0);
  });

  it('resumes a first sync cut short after the last page it applied', async () => {
    const a = await connected(makePc());
    for (let i = 0; i < 25; i += 1) await a.ikm.create(ikm({ name: `IKM Uji ${i}` }));
    await a.engine.syncNow();

    let pages = 0;
    const dies: FetchLike = async (input, init) => {
      if (input.includes('/sync/pull') && (pages += 1) > 2) throw new TypeError('killed');
      return fetch(input, init);
    };
    const name = `pc-resume-${process.pid}`;
    const first = makePc(dies, name, 10);
    await first.engine.connect(server.url, 'prov', PASSWORD).catch(() => undefined);
    first.engine.stop();
    const cursorAfterCrash = await readCursor(first.ctx.db);
    const partial = await first.ctx.db.enterprises.count();
    expect(partial).toBe(20);
    first.ctx.db.close();

    // The PC starts again on the same register: it asks only for what comes after its cursor.
    const asked: number[] = [];
    const again = makePc(
      async (input, init) => {
        const after = /after=(\d+)/.exec(input)?.[1];
        if (after !== undefined) asked.push(Number(after));
        return fetch(input, init);
      },
      name,
      10,
    );
    await again.engine.connect(server.url, 'prov', PASSWORD);
    again.engine.stop();
    expect(asked[0]).toBe(cursorAfterCrash);
    const all = await a.ctx.db.enterprises.toArray();
    const got = await again.ctx.db.enterprises.toArray();
    expect(got.map((r) => r.id).sort()).toEqual(all.map((r) => r.id).sort());
    expect((await readEnterpriseStats(again.ctx.db)).live).toBe(
      all.filter((r) => r.live === 1).length,
    );
  });
});
