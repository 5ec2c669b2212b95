import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/src/start';
import { makeEnterprise } from '../support/factories/register';
import { databaseName, PG_MISSING, useCluster } from './support/cluster-fixture';
import {
  BANJAR,
  makeAccounts,
  pullAll,
  put,
  type Api,
  type PullBody,
  startTestServer,
} from './support/harness';

const CLIENTS = 20;
const MUTATIONS_EACH = 500;
const BATCH = 50;

/** Bounded load on loopback: 20 PCs push 500 changes each at once while they pull eagerly. */
describe.skipIf(PG_MISSING)('OVOP Desk Server under 20 PCs × 500 changes', () => {
  const cluster = useCluster();
  let server: RunningServer;
  let inspect: pg.Pool;
  let province: Api;
  beforeAll(async () => {
    const name = databaseName('load');
    server = await startTestServer(cluster().createDatabase(name));
    inspect = new pg.Pool({ connectionString: cluster().adminUrl(name) });
    province = (await makeAccounts(server.url)).province;
  });
  afterAll(async () => {
    await inspect?.end();
    await server?.close();
  });

  it('ends with the union of every change, no version twice, and every PC pulling every change exactly once', async () => {
    const expected = new Set<string>();
    let pushing = CLIENTS;
    const client = async (c: number) => {
      const records = Array.from({ length: MUTATIONS_EACH }, (_, i) =>
        makeEnterprise({
          id: `ikm-pc${c}-${i}` as never,
          nib: `9${String(c).padStart(2, '0')}${String(i).padStart(10, '0')}`,
          regionCode: `${BANJAR}.07.2001`,
        }),
      );
      records.forEach((r) => expected.add(r.id));
      const seen = new Map<string, number>();
      let cursor = 0;
      // Every PC keeps pulling until every PC has pushed, then drains what is left.
      const puller = (async () => {
        const pullOnce = async () => {
          const reply = await province.get<PullBody>(`/sync/pull?after=${cursor}&limit=1000`);
          if (reply.status !== 200) throw new Error(`pull ${c}: ${JSON.stringify(reply.body)}`);
          for (const change of reply.body.changes)
            seen.set(change.id, (seen.get(change.id) ?? 0) + 1);
          cursor = reply.body.cursor;
          return reply.body.more;
        };
        while (pushing > 0) {
          await pullOnce();
          await new Promise((r) => setTimeout(r, 100));
        }
        while (await pullOnce());
      })();
      for (let start = 0, m = 1; start < records.length; start += BATCH) {
        const mutations = records
          .slice(start, start + BATCH)
          .map((record) => put('enterprises', record, 0, m++));
        const reply = await province.post('/sync/push', { clientId: `load-pc-${c}`, mutations });
        if (reply.status !== 200) throw new Error(`push ${c}: ${JSON.stringify(reply.body)}`);
      }
      pushing -= 1;
      await puller;
      return seen;
    };
    const seenPerClient = await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));

    const { rows } = await inspect.query<{ n: string; versions: string }>(
      "SELECT count(*) AS n, count(DISTINCT version) AS versions FROM records WHERE kind = 'enterprises'",
    );
    expect(Number(rows[0]?.n)).toBe(CLIENTS * MUTATIONS_EACH);
    expect(Number(rows[0]?.versions)).toBe(CLIENTS * MUTATIONS_EACH);
    for (const seen of seenPerClient) {
      expect(seen.size).toBe(expected.size);
      expect([...seen.values()].every((n) => n === 1)).toBe(true);
    }
    const fresh = await pullAll(province);
    expect(new Set(fresh.map((c) => c.id))).toEqual(expected);
  }, 300_000);
});
