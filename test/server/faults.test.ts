import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeEnterprise } from '../support/factories/register';
import { databaseName, PG_MISSING, useCluster } from './support/cluster-fixture';
import { freePort } from './support/pg-cluster';
import { Api, ADMIN, BANJAR, login, PASSWORD, PROVINCE } from './support/harness';

/** The server as its own process (`npm run server`), so it can be killed as a power cut would. */
function spawnServer(databaseUrl: string, port: number): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      OVOP_SERVER_PORT: String(port),
      OVOP_OFFICE_NAME: 'Dinas Perindustrian Provinsi Kalimantan Selatan',
      OVOP_PROVINCE_CODE: PROVINCE,
      OVOP_ADMIN_USER: ADMIN.username,
      OVOP_ADMIN_PASSWORD: ADMIN.password,
      OVOP_PASSWORD_COST: '4',
    },
    stdio: 'ignore',
  });
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 60_000,
): Promise<T> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what}: tidak terjadi dalam ${timeoutMs} ms`);
}

const healthOf = async (base: string) => {
  const reply = await new Api(base).get<{ database: string }>('/health');
  return reply;
};

describe.skipIf(PG_MISSING)(
  'OVOP Desk Server survives being killed, and PostgreSQL being killed',
  () => {
    const cluster = useCluster();
    let url = '';
    let inspect: pg.Pool;
    let port = 0;
    let child: ChildProcess | undefined;
    const base = () => `http://127.0.0.1:${port}`;
    const startChild = async () => {
      child = spawnServer(url, port);
      await waitFor('server menjawab', async () =>
        (await healthOf(base())).status === 200 ? true : undefined,
      );
    };
    beforeAll(async () => {
      const name = databaseName('fault');
      url = cluster().createDatabase(name);
      inspect = new pg.Pool({ connectionString: cluster().adminUrl(name) });
      inspect.on('error', () => undefined); // idle connections die with the killed cluster
      port = await freePort();
    });
    afterEach(() => {
      child?.kill('SIGKILL');
      child = undefined;
    });
    afterAll(async () => inspect?.end());

    const batch = (prefix: string, first: number, count: number) =>
      Array.from({ length: count }, (_, i) => {
        const { id, ...changes } = makeEnterprise({
          id: `${prefix}-${i}` as never,
          nib: `98${String(first + i).padStart(11, '0')}`,
          regionCode: `${BANJAR}.07.2001`,
        });
        return {
          mutationId: first + i,
          kind: 'enterprises',
          id,
          op: 'put',
          changes,
          baseVersion: 0,
        };
      });
    const countOf = async (prefix: string) =>
      Number(
        (await inspect.query('SELECT count(*) AS n FROM records WHERE id LIKE $1', [`${prefix}-%`]))
          .rows[0].n,
      );

    it('a server SIGKILLed in the middle of a push: after restart the re-sent batch is there exactly once', async () => {
      await startChild();
      const admin = await login(base(), ADMIN.username, ADMIN.password);
      await admin.post('/accounts', {
        username: 'prov',
        displayName: 'Staf Provinsi',
        password: PASSWORD,
        role: 'province',
      });
      const province = await login(base(), 'prov');
      const mutations = batch('kill-server', 1, 800);
      const inFlight = province
        .post('/sync/push', { clientId: 'pc-kill-1', mutations })
        .catch((error: unknown) => ({ status: 0, body: { error: String(error) } }));
      await new Promise((r) => setTimeout(r, 150));
      child?.kill('SIGKILL');
      await inFlight;
      const afterKill = await countOf('kill-server');
      expect([0, mutations.length]).toContain(afterKill);
      await startChild();
      const again = await province.post<{ results: { status: string }[] }>('/sync/push', {
        clientId: 'pc-kill-1',
        mutations,
      });
      expect(again.status).toBe(200);
      expect(await countOf('kill-server')).toBe(mutations.length);
      const versions = await inspect.query(
        "SELECT count(DISTINCT version)::int AS v FROM records WHERE id LIKE 'kill-server-%'",
      );
      expect(versions.rows[0].v).toBe(mutations.length);
    });

    it('PostgreSQL SIGKILLed in the middle of a transaction: health says down, comes back by itself, and the re-sent batch lands once', async () => {
      await startChild();
      const province = await login(base(), 'prov');
      const mutations = batch('kill-pg', 10_001, 800);
      const inFlight = province.post('/sync/push', { clientId: 'pc-kill-2', mutations });
      await new Promise((r) => setTimeout(r, 150));
      cluster().kill();
      const reply = await inFlight;
      expect(reply.status === 200 || reply.status === 503).toBe(true);
      const down = await healthOf(base());
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({ database: 'down' });

      await waitFor('PostgreSQL hidup lagi', async () => {
        cluster().start();
        return true;
      });
      // The same server process, never restarted, reports healthy again.
      await waitFor('health pulih', async () =>
        (await healthOf(base())).status === 200 ? true : undefined,
      );
      const again = await province.post('/sync/push', { clientId: 'pc-kill-2', mutations });
      expect(again.status).toBe(200);
      expect(await countOf('kill-pg')).toBe(mutations.length);
    });
  },
);
