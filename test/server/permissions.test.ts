import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/src/start';
import { makeEnterprise, makeProduct } from '../support/factories/register';
import { makeRound } from '../support/factories/round';
import { databaseName, PG_MISSING, useCluster } from './support/cluster-fixture';
import {
  BANJAR,
  makeAccounts,
  nextMutationId,
  pullAll,
  put,
  startTestServer,
  TALA,
} from './support/harness';

/** Who sees what, proven at the HTTP level for every endpoint, and again inside PostgreSQL. */
describe.skipIf(PG_MISSING)(
  'OVOP Desk Server: a kab/kota officer reads and writes only its own kab/kota',
  () => {
    const cluster = useCluster();
    let server: RunningServer;
    let inspect: pg.Pool;
    let name: string;
    let accounts: Awaited<ReturnType<typeof makeAccounts>>;
    const talaIkm = makeEnterprise({
      regionCode: `${TALA}.01.2001`,
      nib: '9120000000101',
      name: 'UD Tala',
    });
    const banjarIkm = makeEnterprise({
      regionCode: `${BANJAR}.07.2001`,
      nib: '9120000000202',
      name: 'UD Banjar',
    });
    let conflictId = '';

    beforeAll(async () => {
      name = databaseName('perm');
      server = await startTestServer(cluster().createDatabase(name));
      inspect = new pg.Pool({ connectionString: cluster().adminUrl(name) });
      accounts = await makeAccounts(server.url);
      const created = await accounts.province.post<{ results: { version: number }[] }>(
        '/sync/push',
        {
          clientId: 'pc-prov-1',
          mutations: [
            put('rounds', makeRound()),
            put('enterprises', talaIkm),
            put('enterprises', banjarIkm),
          ],
        },
      );
      const base = created.body.results[1]?.version ?? 0;
      // A conflict on Tala's IKM (two edits of one field from the same base), for the conflict endpoints.
      await accounts.province.post('/sync/push', {
        clientId: 'pc-prov-1',
        mutations: [
          {
            mutationId: nextMutationId(),
            kind: 'enterprises',
            id: talaIkm.id,
            op: 'put',
            changes: { workerCount: 3 },
            baseVersion: base,
          },
        ],
      });
      await accounts.tala.post('/sync/push', {
        clientId: 'pc-tala-1',
        mutations: [
          {
            mutationId: nextMutationId(),
            kind: 'enterprises',
            id: talaIkm.id,
            op: 'put',
            changes: { workerCount: 4 },
            baseVersion: base,
          },
        ],
      });
      conflictId = (await inspect.query('SELECT id FROM conflicts LIMIT 1')).rows[0].id;
    });
    afterAll(async () => {
      await inspect?.end();
      await server?.close();
    });

    const snapshot = async () =>
      (await inspect.query('SELECT kind, id, version, data FROM records ORDER BY kind, id')).rows;

    it("pull: shows the rounds and its own IKM, never another kab/kota's", async () => {
      const banjarSees = await pullAll(accounts.banjar);
      expect(banjarSees.map((c) => c.id)).toContain(banjarIkm.id);
      expect(banjarSees.map((c) => c.id)).not.toContain(talaIkm.id);
      expect(banjarSees.some((c) => c.kind === 'rounds')).toBe(true);
      // The province's own letter is the province's: a kab/kota officer does not read it.
      const letter = {
        id: 'surat-prov-1',
        createdAt: '2026-05-01T08:00:00.000Z',
        updatedAt: '2026-05-01T08:00:00.000Z',
        subject: 'Usulan Calon IKM OVOP',
      };
      expect(
        (
          await accounts.province.post('/sync/push', {
            clientId: 'pc-prov-1',
            mutations: [put('letters', letter)],
          })
        ).status,
      ).toBe(200);
      expect((await pullAll(accounts.banjar)).map((c) => c.id)).not.toContain(letter.id);
      const provinceSees = await pullAll(accounts.province);
      expect(provinceSees.map((c) => c.id)).toEqual(
        expect.arrayContaining([banjarIkm.id, talaIkm.id]),
      );
    });

    it("push: refuses writing another kab/kota's IKM, a child of it, or a round, with a clear message, and writes nothing", async () => {
      const before = await snapshot();
      const attempts = [
        [
          {
            mutationId: nextMutationId(),
            kind: 'enterprises',
            id: talaIkm.id,
            op: 'put',
            changes: { name: 'Diambil alih' },
            baseVersion: 0,
          },
        ],
        [
          put(
            'enterprises',
            makeEnterprise({ regionCode: `${TALA}.01.2001`, nib: '9120000000303' }),
          ),
        ],
        [put('products', makeProduct({ enterpriseId: talaIkm.id }))],
        [put('rounds', makeRound({ year: 2028 }))],
        // One allowed change and one refused one in the same batch: neither is written.
        [
          {
            mutationId: nextMutationId(),
            kind: 'enterprises',
            id: banjarIkm.id,
            op: 'put',
            changes: { name: 'Boleh' },
            baseVersion: 0,
          },
          put(
            'enterprises',
            makeEnterprise({ regionCode: `${TALA}.01.2001`, nib: '9120000000404' }),
          ),
        ],
      ];
      for (const mutations of attempts) {
        const reply = await accounts.banjar.post('/sync/push', {
          clientId: 'pc-banjar-1',
          mutations,
        });
        expect([403, 409, 422]).toContain(reply.status);
        // Refused for the scope, or (another kab/kota's record is invisible, so it reads as a new one) as incomplete.
        expect(String(reply.body.error)).toMatch(
          /kabupaten\/kota|periode|register bersama|wilayah|wajib/,
        );
      }
      // Another kab/kota's record is invisible: deleting it is a no-op that leaks nothing.
      const del = await accounts.banjar.post('/sync/push', {
        clientId: 'pc-banjar-1',
        mutations: [
          {
            mutationId: nextMutationId(),
            kind: 'enterprises',
            id: talaIkm.id,
            op: 'delete',
            baseVersion: 0,
          },
        ],
      });
      expect(del.status).toBe(200);
      expect(await snapshot()).toEqual(before);
    });

    it("conflicts: lists and resolves only its own kab/kota's", async () => {
      const banjarList = await accounts.banjar.get<{ conflicts: unknown[] }>('/conflicts');
      expect(banjarList.body.conflicts).toEqual([]);
      expect(
        (await accounts.tala.get<{ conflicts: unknown[] }>('/conflicts')).body.conflicts,
      ).toHaveLength(1);
      const resolve = await accounts.banjar.post(`/conflicts/${conflictId}/resolve`, {
        choice: 'other',
      });
      expect(resolve.status).toBe(404);
      expect(
        (await inspect.query('SELECT resolved_at FROM conflicts WHERE id = $1', [conflictId]))
          .rows[0].resolved_at,
      ).toBeNull();
    });

    it('accounts, letter numbers and attachments: admin-only and office-scoped as documented', async () => {
      expect((await accounts.banjar.get('/accounts')).status).toBe(403);
      expect(
        (await accounts.banjar.post('/accounts/00000000-0000-0000-0000-000000000000/revoke', {}))
          .status,
      ).toBe(403);
      expect(
        (
          await accounts.admin.post('/sync/push', {
            clientId: 'pc-admin-1',
            mutations: [
              put(
                'enterprises',
                makeEnterprise({ regionCode: `${BANJAR}.07.2001`, nib: '9120000000505' }),
              ),
            ],
          })
        ).status,
      ).toBe(403);
      const banjarNumber = await accounts.banjar.post<{ sequence: number }>('/letter-numbers', {
        year: 2030,
      });
      const talaNumber = await accounts.tala.post<{ sequence: number }>('/letter-numbers', {
        year: 2030,
      });
      expect([banjarNumber.body.sequence, talaNumber.body.sequence]).toEqual([1, 1]);
    });

    it('a client PC id cannot be taken over by another account', async () => {
      const own = await accounts.banjar.post('/sync/push', {
        clientId: 'pc-banjar-9',
        mutations: [
          put(
            'enterprises',
            makeEnterprise({ regionCode: `${BANJAR}.07.2001`, nib: '9120000000707' }),
          ),
        ],
      });
      expect(own.status).toBe(200);
      const reply = await accounts.tala.post('/sync/push', {
        clientId: 'pc-banjar-9',
        mutations: [
          put(
            'enterprises',
            makeEnterprise({ regionCode: `${TALA}.01.2001`, nib: '9120000000606' }),
          ),
        ],
      });
      expect(reply.status).toBe(403);
      expect(reply.body.error).toMatch(/Id PC ini sudah dipakai akun lain/);
    });

    it('row-level security hides other kab/kota rows even from a query without WHERE', async () => {
      const client = await server.db.connect();
      try {
        await client.query('BEGIN');
        await client.query(
          "SELECT set_config('ovop.role', 'kabkota', true), set_config('ovop.kab_kota', $1, true)",
          [BANJAR],
        );
        const { rows } = await client.query<{ id: string }>(
          "SELECT id FROM records WHERE kind = 'enterprises'",
        );
        expect(rows.map((r) => r.id)).toContain(banjarIkm.id);
        expect(rows.map((r) => r.id)).not.toContain(talaIkm.id);
        await expect(
          client.query('UPDATE records SET kab_kota_code = $1 WHERE id = $2', [TALA, banjarIkm.id]),
        ).rejects.toThrow(/row-level security/);
      } finally {
        await client.query('ROLLBACK');
        client.release();
      }
    });
  },
);
