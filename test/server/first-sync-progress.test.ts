import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/src/start';
import { buildAppRepositories, type AppRepositories } from '../../renderer/src/db/app-repositories';
import { createContext } from '../../renderer/src/db/context';
import { OvopDatabase } from '../../renderer/src/db/database';
import { readEnterpriseStats } from '../../renderer/src/db/registers/register-stats';
import { readPullProgress } from '../../renderer/src/db/sync/pull';
import { SyncEngine } from '../../renderer/src/db/sync/sync-engine';
import type { FetchLike } from '../../renderer/src/db/sync/sync-http';
import { memoryTokenStore } from '../../renderer/src/db/sync/token-store';
import { formOf } from '../support/factories/db';
import { makeEnterprise, makeProduct, makeSentra } from '../support/factories/register';
import { databaseName, PG_MISSING, useCluster } from './support/cluster-fixture';
import { makeAccounts, PASSWORD, pullAll, startTestServer, type Api } from './support/harness';

let nib = 0;
const ikm = (overrides = {}) =>
  formOf(
    makeEnterprise({
      nib: `91400${String((nib += 1)).padStart(8, '0')}`,
      regionCode: '63.03.07.2001',
      ...overrides,
    }),
  );

interface Pc {
  readonly repos: AppRepositories;
  readonly engine: SyncEngine;
  readonly seen: { received: number; total: number; state: string }[];
}

let pcs = 0;
function makePc(options: { fetch?: FetchLike; name?: string; pageSize?: number } = {}): Pc {
  const db = new OvopDatabase(options.name ?? `progress-${process.pid}-${(pcs += 1)}`);
  const repos = buildAppRepositories(createContext(db));
  const engine = new SyncEngine(db, {
    tokens: memoryTokenStore(),
    intervalMs: 3_600_000,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
  });
  const seen: Pc['seen'] = [];
  engine.subscribe(({ received, total, state }) => seen.push({ received, total, state }));
  return { repos, engine, seen };
}

describe.skipIf(PG_MISSING)('a first sync with a total, resumed after a crash', () => {
  const cluster = useCluster();
  let server: RunningServer;
  let accounts: Awaited<ReturnType<typeof makeAccounts>>;
  let source: Pc;
  beforeAll(async () => {
    server = await startTestServer(cluster().createDatabase(databaseName('progress')));
    accounts = await makeAccounts(server.url);
    source = makePc();
    await source.engine.connect(server.url, 'prov', PASSWORD);
    source.engine.stop();
    for (let i = 0; i < 25; i += 1)
      await source.repos.enterprises.create(ikm({ name: `IKM ${i}` }));
    await source.engine.syncNow();
  });
  afterAll(() => server?.close());

  const remaining = async (api: Api, after: number) => {
    const reply = await api.get(`/sync/pull?after=${after}&limit=5&count=1`);
    expect(reply.status).toBe(200);
    return (reply.body as { remaining?: number }).remaining;
  };

  it('counts what is left to pull when asked, in the account scope, and only then', async () => {
    const all = await pullAll(accounts.province);
    expect(await remaining(accounts.province, 0)).toBe(all.length);
    expect(await remaining(accounts.province, all[9]!.version)).toBe(all.length - 10);
    expect(await remaining(accounts.banjar, 0)).toBe((await pullAll(accounts.banjar)).length);
    expect(await remaining(accounts.tala, 0)).toBe((await pullAll(accounts.tala)).length);
    const plain = await accounts.province.get('/sync/pull?after=0&limit=5');
    expect(plain.body).not.toHaveProperty('remaining');
    const bad = await accounts.province.get('/sync/pull?after=0&count=ya');
    expect(bad.status).toBe(400);
  });

  it('reports "received of total" page by page on a new PC', async () => {
    const total = (await pullAll(accounts.province)).length;
    const pc = makePc({ pageSize: 10 });
    await pc.engine.connect(server.url, 'prov', PASSWORD);
    pc.engine.stop();
    const syncing = pc.seen.filter((s) => s.state === 'syncing' && s.total > 0);
    expect(syncing.map((s) => s.received)).toEqual([0, 10, 20, total]);
    expect(new Set(syncing.map((s) => s.total))).toEqual(new Set([total]));
    expect(await pc.repos.ctx.db.enterprises.count()).toBe(25);
    expect(await readPullProgress(pc.repos.ctx.db)).toBeUndefined();
  });

  it('goes on counting towards the same total after a crash mid-pull', async () => {
    const total = (await pullAll(accounts.province)).length;
    let pulls = 0;
    const dies: FetchLike = async (input, init) => {
      if (input.includes('/sync/pull') && (pulls += 1) > 2) throw new TypeError('killed');
      return fetch(input, init);
    };
    const name = `progress-crash-${process.pid}`;
    const first = makePc({ fetch: dies, name, pageSize: 10 });
    await first.engine.connect(server.url, 'prov', PASSWORD).catch(() => undefined);
    first.engine.stop();
    expect(await readPullProgress(first.repos.ctx.db)).toEqual({ received: 20, total });
    first.repos.ctx.db.close();

    // The window opens again: the bar stands where it stopped before anything is pulled.
    const again = makePc({ name, pageSize: 10 });
    await again.engine.connect(server.url, 'prov', PASSWORD);
    again.engine.stop();
    const syncing = again.seen.filter((s) => s.total > 0);
    expect(syncing[0]).toEqual({ received: 20, total, state: expect.any(String) as string });
    expect(syncing.map((s) => s.received)).not.toContain(0);
    expect(syncing.at(-1)).toMatchObject({ received: total, total });
    expect(await again.repos.ctx.db.enterprises.count()).toBe(25);
    expect(await readPullProgress(again.repos.ctx.db)).toBeUndefined();
  });

  it('keeps sentra counts, IKM commodities and the register counts right across pages', async () => {
    const sentra = await source.repos.sentras.create(formOf(makeSentra({ name: 'Sentra Uji' })));
    const members = [];
    for (let i = 0; i < 3; i += 1)
      members.push(
        await source.repos.enterprises.create(ikm({ name: `Anggota ${i}`, sentraId: sentra.id })),
      );
    const product = await source.repos.enterprises.products.create(
      formOf(makeProduct({ enterpriseId: members[1]!.id, commodity: 'anyaman' })),
    );
    await source.engine.syncNow();

    const pc = makePc({ pageSize: 2 });
    await pc.engine.connect(server.url, 'prov', PASSWORD);
    pc.engine.stop();
    const db = pc.repos.ctx.db;
    expect((await db.sentras.get(sentra.id))?.enterpriseCount).toBe(3);
    expect((await db.enterprises.get(members[1]!.id))?.commodity).toBe('anyaman');
    expect((await db.enterprises.get(members[0]!.id))?.commodity).toBeUndefined();
    expect(await readEnterpriseStats(db)).toEqual(await readEnterpriseStats(source.repos.ctx.db));

    // A later page that moves an IKM out of the sentra and deletes the product.
    await source.repos.enterprises.products.softDelete(product.id);
    const moved = (await source.repos.enterprises.get(members[2]!.id))!;
    await source.repos.enterprises.update(
      moved.id,
      { ...formOf(moved), sentraId: undefined },
      moved.updatedAt,
    );
    await source.engine.syncNow();
    await pc.engine.syncNow();
    expect((await db.sentras.get(sentra.id))?.enterpriseCount).toBe(2);
    expect((await db.enterprises.get(members[1]!.id))?.commodity).toBeUndefined();
    expect(await readEnterpriseStats(db)).toEqual(await readEnterpriseStats(source.repos.ctx.db));
  });
});
