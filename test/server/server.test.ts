import { execFileSync } from 'node:child_process';
import { request } from 'node:https';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/src/start';
import { Api, ADMIN, login, makeAccounts, put, startTestServer, BANJAR } from './support/harness';
import { databaseName, PG_MISSING, useCluster } from './support/cluster-fixture';
import { makeEnterprise } from '../support/factories/register';

describe.skipIf(PG_MISSING)(
  'OVOP Desk Server: start-up, health, sessions and request checks',
  () => {
    const cluster = useCluster();
    const running: RunningServer[] = [];
    afterEach(async () => {
      while (running.length) await running.pop()?.close();
    });
    const start = async (url: string, extra: Record<string, string> = {}) => {
      const server = await startTestServer(url, extra);
      running.push(server);
      return server;
    };

    it('applies its migrations at start, once, and reports the database healthy with its version', async () => {
      const url = cluster().createDatabase(databaseName('mig'));
      const first = await start(url);
      const health = await new Api(first.url).get('/health');
      expect(health.status).toBe(200);
      expect(health.body).toEqual({
        database: 'ok',
        version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      });
      await first.close();
      running.pop();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const before = await client.query('SELECT count(*)::int AS n FROM schema_migrations');
      await start(url);
      const after = await client.query('SELECT count(*)::int AS n FROM schema_migrations');
      await client.end();
      expect(before.rows[0].n).toBeGreaterThan(0);
      expect(after.rows[0].n).toBe(before.rows[0].n);
    });

    it('refuses a wrong password in Indonesian and locks the name after repeated failures', async () => {
      const server = await start(cluster().createDatabase(databaseName('auth')), {
        OVOP_LOGIN_MAX_FAILURES: '3',
      });
      const api = new Api(server.url);
      const wrong = await api.post('/auth/login', {
        username: ADMIN.username,
        password: 'salah-sekali',
      });
      expect(wrong.status).toBe(401);
      expect(wrong.body.error).toBe('Nama pengguna atau kata sandi salah.');
      await api.post('/auth/login', { username: ADMIN.username, password: 'salah-lagi' });
      await api.post('/auth/login', { username: ADMIN.username, password: 'salah-ketiga' });
      const locked = await api.post('/auth/login', {
        username: ADMIN.username,
        password: ADMIN.password,
      });
      expect(locked.status).toBe(429);
      expect(locked.body.error).toMatch(/Terlalu banyak percobaan masuk/);
    });

    it('refuses forged, expired and revoked sessions with a clear message', async () => {
      const server = await start(cluster().createDatabase(databaseName('sess')));
      const accounts = await makeAccounts(server.url);
      expect((await new Api(server.url, 'x'.repeat(43)).get('/auth/me')).body.error).toBe(
        'Sesi tidak dikenal. Silakan masuk lagi.',
      );
      expect((await new Api(server.url).get('/sync/pull')).status).toBe(401);
      expect((await new Api(server.url, 'bukan token').get('/auth/me')).status).toBe(401);

      await server.db.query(
        "UPDATE sessions SET expires_at = now() - interval '1 second' WHERE account_id = (SELECT id FROM accounts WHERE username = 'tala')",
      );
      const expired = await accounts.tala.get('/auth/me');
      expect(expired.status).toBe(401);
      expect(expired.body.error).toBe('Sesi telah berakhir. Silakan masuk lagi.');

      expect((await accounts.banjar.post('/auth/logout')).status).toBe(200);
      const revoked = await accounts.banjar.get('/auth/me');
      expect(revoked.body.error).toBe('Sesi telah dicabut. Silakan masuk lagi.');

      const me = await accounts.province.get<{ account: { id: string } }>('/auth/me');
      expect(
        (await accounts.admin.post(`/accounts/${me.body.account.id}/revoke`, { disable: true }))
          .status,
      ).toBe(200);
      expect((await accounts.province.get('/auth/me')).status).toBe(401);
      expect(
        (
          await new Api(server.url).post('/auth/login', {
            username: 'prov',
            password: 'kata-sandi-uji-123',
          })
        ).status,
      ).toBe(401);
    });

    it('refuses oversized, malformed and invalid bodies with a clear message and writes nothing', async () => {
      const name = databaseName('body');
      const server = await start(cluster().createDatabase(name), { OVOP_MAX_BODY_MB: '0.05' });
      const { banjar } = await makeAccounts(server.url);
      const inspect = new pg.Client({ connectionString: cluster().adminUrl(name) });
      await inspect.connect();
      const count = async () =>
        Number((await inspect.query('SELECT count(*) AS n FROM records')).rows[0].n);
      // The same valid IKM is accepted, so the refusals below are about the bodies, not the record.
      const valid = await banjar.post('/sync/push', {
        clientId: 'pc-banjar-1',
        mutations: [put('enterprises', makeEnterprise({ regionCode: `${BANJAR}.07.2001` }))],
      });
      expect(valid.status).toBe(200);
      expect(await count()).toBe(1);

      const big = await banjar.call(
        'POST',
        '/sync/push',
        JSON.stringify({
          clientId: 'pc-banjar-1',
          mutations: [put('enterprises', { ...makeEnterprise(), notes: 'x'.repeat(80_000) })],
        }),
      );
      expect(big.status).toBe(413);
      expect(big.body.error).toMatch(/terlalu besar/);

      const malformed = await banjar.call(
        'POST',
        '/sync/push',
        '{"clientId": "pc-banjar-1", "mutations": [',
      );
      expect(malformed.status).toBe(400);
      expect(malformed.body.error).toBe('Isi permintaan bukan JSON yang sah.');

      const unknownKind = await banjar.post('/sync/push', {
        clientId: 'pc-banjar-1',
        mutations: [{ mutationId: 1, kind: 'rahasia', id: 'x', op: 'put', baseVersion: 0 }],
      });
      expect(unknownKind.status).toBe(400);
      expect(unknownKind.body.error).toMatch(/Jenis data tidak dikenal/);

      const invalidRecord = await banjar.post('/sync/push', {
        clientId: 'pc-banjar-1',
        mutations: [
          put('enterprises', { ...makeEnterprise({ regionCode: `${BANJAR}.07.2001` }), nib: '12' }),
        ],
      });
      expect(invalidRecord.status).toBe(422);
      expect(invalidRecord.body.error).toMatch(/^IKM .*\(nib\): /);

      const extraKey = await banjar.post('/sync/push', {
        clientId: 'pc-banjar-1',
        mutations: [],
        sql: 'DROP TABLE records',
      });
      expect(extraKey.status).toBe(400);
      expect(await count()).toBe(1);
      await inspect.end();
    });

    it('lets only the admin manage accounts', async () => {
      const server = await start(cluster().createDatabase(databaseName('acct')));
      const { admin, province, banjar } = await makeAccounts(server.url);
      for (const api of [province, banjar]) {
        expect((await api.get('/accounts')).status).toBe(403);
        const made = await api.post('/accounts', {
          username: 'penyusup',
          displayName: 'X',
          password: 'kata-sandi-panjang',
          role: 'admin',
        });
        expect(made.status).toBe(403);
        expect(made.body.error).toBe('Hanya admin yang dapat mengelola akun.');
      }
      const wrongProvince = await admin.post('/accounts', {
        username: 'luar',
        displayName: 'Luar',
        password: 'kata-sandi-panjang',
        role: 'kabkota',
        kabKotaCode: '32.04',
      });
      expect(wrongProvince.status).toBe(400);
      expect((await admin.get<{ accounts: unknown[] }>('/accounts')).body.accounts).toHaveLength(4);
      await expect(login(server.url, 'penyusup', 'kata-sandi-panjang')).rejects.toThrow(/401/);
    });

    it('serves HTTPS when a certificate and key are configured', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ovop-tls-'));
      try {
        const cert = join(dir, 'cert.pem');
        const key = join(dir, 'key.pem');
        execFileSync(
          'openssl',
          [
            'req',
            '-x509',
            '-newkey',
            'rsa:2048',
            '-nodes',
            '-keyout',
            key,
            '-out',
            cert,
            '-days',
            '1',
            '-subj',
            '/CN=127.0.0.1',
          ],
          { stdio: 'ignore' },
        );
        const server = await start(cluster().createDatabase(databaseName('tls')), {
          OVOP_TLS_CERT: cert,
          OVOP_TLS_KEY: key,
        });
        expect(server.url).toMatch(/^https:/);
        const body = await new Promise<string>((resolve, reject) => {
          request(`${server.url}/health`, { rejectUnauthorized: false }, (res) => {
            let text = '';
            res.on('data', (chunk: Buffer) => (text += chunk.toString()));
            res.on('end', () => resolve(text));
          })
            .on('error', reject)
            .end();
        });
        expect(JSON.parse(body)).toMatchObject({ database: 'ok' });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  },
);
