import { judgeAgainstPeer, median, ratioTargetText, round, type BenchResult } from '../lib/result';
import { makeEnterprise } from '../../support/factories/register';
import { makeAccounts, PASSWORD, testConfig } from '../../server/support/harness';
import { postgresMissingReason, startCluster } from '../../server/support/pg-cluster';

const PUSH_BATCH = 500;
const EDITS = 5;
/** The app's own sync pause while online (SyncEngine's default), so the edit figure is real. */
const APP_INTERVAL_MS = 1500;

function unmeasured(name: string, unit: string, target: string, note: string): BenchResult {
  return {
    name,
    value: null,
    unit,
    peer: null,
    peerValue: null,
    ratio: null,
    target,
    met: false,
    note,
  };
}

/**
 * The desktop side of the shared register, in Node over fake-indexeddb (the same Dexie code as the
 * app; the browser's IndexedDB is not involved, so absolute times differ from Chromium's):
 * - a new PC's first sync of `rows` IKM from a real server against restoring the same register
 *   from a local backup (exportAll → restoreAll) into a fresh profile;
 * - an edit on one PC until another PC shows it, both engines running on their own timers, against
 *   the same edit applied and read back locally (judged on the value: ≤ 2,000 ms).
 */
export async function syncClientBench(rows: number): Promise<BenchResult[]> {
  const firstName = `shared register: first sync of ${rows.toLocaleString('en')} IKM into a fresh PC (Node, fake-indexeddb)`;
  const editName =
    'shared register: an edit on one PC visible on another (engines on their timers)';
  const missing = postgresMissingReason();
  if (missing)
    return [
      unmeasured(firstName, 'ms', ratioTargetText({ atMost: 1.5 }), missing),
      unmeasured(editName, 'ms', '≤ 2,000 ms', missing),
    ];
  // Dexie finds IndexedDB when it is loaded: the fake goes in first.
  await import('./fake-indexeddb');
  const { startServer } = await import('../../../server/src/start');
  const { createContext } = await import('../../../renderer/src/db/context');
  const { OvopDatabase } = await import('../../../renderer/src/db/database');
  const { enterpriseRepository } =
    await import('../../../renderer/src/db/repositories/enterprise-repository');
  const { exportAll, restoreAll } = await import('../../../renderer/src/db/safety/snapshot');
  const { SyncEngine } = await import('../../../renderer/src/db/sync/sync-engine');
  const { memoryTokenStore } = await import('../../../renderer/src/db/sync/token-store');

  let pcs = 0;
  const makePc = (intervalMs = 3_600_000) => {
    const db = new OvopDatabase(`bench-sync-pc-${(pcs += 1)}`);
    const ctx = createContext(db);
    const engine = new SyncEngine(db, { tokens: memoryTokenStore(), intervalMs });
    return { db, ctx, engine, ikm: enterpriseRepository(ctx) };
  };

  const cluster = await startCluster();
  const server = await startServer(
    testConfig(cluster.createDatabase('bench_sync_client')),
    () => undefined,
  );
  try {
    const { province } = await makeAccounts(server.url);
    for (let start = 0, m = 1; start < rows; start += PUSH_BATCH) {
      const mutations = Array.from({ length: Math.min(PUSH_BATCH, rows - start) }, (_, k) => {
        const { id, ...changes } = makeEnterprise({
          id: `ikm-${start + k}` as never,
          nib: `9${String(start + k).padStart(12, '0')}`,
          regionCode: '63.03.07.2001',
        });
        return { mutationId: m++, kind: 'enterprises', id, op: 'put', changes, baseVersion: 0 };
      });
      const reply = await province.post('/sync/push', { clientId: 'bench-source', mutations });
      if (reply.status !== 200) throw new Error(`push: ${JSON.stringify(reply.body)}`);
    }

    // Ours: sign in on a fresh PC and sync once (login, pull every page, apply, conflicts).
    const fresh = makePc();
    let started = performance.now();
    await fresh.engine.connect(server.url, 'prov', PASSWORD);
    const firstSync = performance.now() - started;
    fresh.engine.stop();
    if ((await fresh.db.enterprises.count()) !== rows)
      throw new Error(
        `first sync: ${await fresh.db.enterprises.count()} of ${rows} IKM (${fresh.engine.current().message ?? ''})`,
      );

    // Peer: the same register restored from a local backup into a fresh profile.
    const snapshot = JSON.parse(JSON.stringify(await exportAll(fresh.db))) as unknown;
    const restored = new OvopDatabase(`bench-sync-restore-${rows}`);
    started = performance.now();
    await restoreAll(restored, snapshot);
    const restore = performance.now() - started;
    if ((await restored.enterprises.count()) !== rows) throw new Error('restore: rows missing');

    // Edits: PC A edits, PC B (the PC bootstrapped above) shows it; both on the app's timers.
    const a = makePc(APP_INTERVAL_MS);
    const b = {
      ...fresh,
      engine: new SyncEngine(fresh.db, { tokens: memoryTokenStore(), intervalMs: APP_INTERVAL_MS }),
    };
    await a.engine.connect(server.url, 'prov', PASSWORD);
    await b.engine.connect(server.url, 'prov', PASSWORD);
    const visible: number[] = [];
    const local: number[] = [];
    for (let edit = 0; edit < EDITS; edit += 1) {
      const id = `ikm-${edit}`;
      const name = `UD Bench Sunting ${edit}`;
      const before = await a.ikm.get(id as never);
      if (!before) throw new Error(`edit: ${id} missing on PC A`);
      const { id: _i, createdAt: _c, updatedAt: _u, deletedAt: _d, ...form } = before;
      started = performance.now();
      await a.ikm.update(before.id, { ...form, name }, before.updatedAt);
      local.push(performance.now() - started);
      while ((await b.db.enterprises.get(id))?.name !== name) {
        if (performance.now() - started > 30_000) throw new Error('edit: not visible after 30 s');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      visible.push(performance.now() - started);
    }
    a.engine.stop();
    b.engine.stop();

    const value = round(firstSync, 0);
    const peerValue = round(restore, 0);
    const editValue = round(median(visible), 0);
    return [
      {
        name: firstName,
        value,
        unit: 'ms',
        peer: 'restore of the same register from a local backup (exportAll → restoreAll), fresh profile',
        peerValue,
        target: ratioTargetText({ atMost: 1.5 }),
        ...judgeAgainstPeer(value, peerValue, { atMost: 1.5 }),
        runs: 1,
        extra: { rows, fullSize: 100_000 },
        note: 'The target is set for a new PC bootstrapping 100,000 IKM (the default); BENCH_SYNC_ROWS=10000 gives a short run (its ratio is not the target).',
      },
      {
        name: editName,
        value: editValue,
        unit: 'ms',
        peer: 'the same edit applied and read back on one PC',
        peerValue: round(median(local), 1),
        ratio: null,
        target: '≤ 2,000 ms',
        met: editValue <= 2000,
        metBy: 'value',
        runs: EDITS,
        extra: { intervalMs: APP_INTERVAL_MS, worstMs: round(Math.max(...visible), 0) },
      },
    ];
  } finally {
    await server.close();
    cluster.destroy();
  }
}
