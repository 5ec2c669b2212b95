import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../server/src/db/migrate';
import type { RunningServer } from '../../server/src/start';
import { makeDecree, makeEnterprise, makeProduct } from '../support/factories/register';
import { databaseName, PG_MISSING, useCluster } from './support/cluster-fixture';
import { BANJAR, makeAccounts, pullAll, startTestServer, TALA, type Api } from './support/harness';

/**
 * Re-keying at start, where a merge crosses kab/kota: one NIB registered by two kab/kota offices
 * under an older server, a product hanging on the second copy, and two SK rows whose older keys
 * are each other's keys under the current rules.
 */
describe.skipIf(PG_MISSING)('OVOP Desk Server: re-keying across kab/kota', () => {
  const cluster = useCluster();
  let admin: pg.Pool;
  let server: RunningServer | undefined;
  let banjar: Api;
  let tala: Api;

  const ikmBanjar = makeEnterprise({ nib: '9120005550001', regionCode: `${BANJAR}.07.2001` });
  // Tanah Laut's officer registered the same IKM (same NIB) with a Tanah Laut address.
  const ikmTala = makeEnterprise({ nib: '9120005550001', regionCode: `${TALA}.02.2004` });
  const product = makeProduct({ enterpriseId: ikmTala.id, name: 'Amplang Ikan Belida' });
  const skA = makeDecree({ number: '500/11/2023', date: '2023-01-02', issuingRegionCode: BANJAR });
  const skB = makeDecree({ number: '500/12/2023', date: '2023-01-02', issuingRegionCode: BANJAR });
  const seeded = [
    { kind: 'enterprises', record: ikmBanjar, kab: BANJAR, key: null },
    { kind: 'enterprises', record: ikmTala, kab: TALA, key: 'nib:lama-9120005550001' },
    { kind: 'products', record: product, kab: TALA, key: null },
    // Swapped keys: setting either key first would meet the other row under the unique index.
    { kind: 'decrees', record: skA, kab: BANJAR, key: 'sk:500.12.2023|2023-01-02' },
    { kind: 'decrees', record: skB, kab: BANJAR, key: 'sk:500.11.2023|2023-01-02' },
  ];
  const CURSOR = seeded.length;

  beforeAll(async () => {
    const name = databaseName('rekey_scope');
    const url = cluster().createDatabase(name);
    admin = new pg.Pool({ connectionString: cluster().adminUrl(name) });
    await migrate(url);
    for (const [i, { kind, record, kab, key }] of seeded.entries()) {
      const { id, ...data } = record;
      await admin.query(
        `INSERT INTO records (kind, id, kab_kota_code, data, natural_key, version, created_version, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $6, 'Petugas lama')`,
        [kind, id, kab, JSON.stringify(data), key, i + 1],
      );
    }
    await admin.query('UPDATE sync_state SET version = $1', [CURSOR]);
    server = await startTestServer(url);
    ({ banjar, tala } = await makeAccounts(server.url));
  });
  afterAll(async () => {
    await server?.close();
    await admin?.end();
  });

  it('moves the product to the IKM kept, into its kab/kota, and sets swapped keys', async () => {
    const { rows } = await admin.query<{
      kind: string;
      id: string;
      kab_kota_code: string;
      natural_key: string | null;
      deleted: boolean;
      data: Record<string, unknown>;
    }>('SELECT kind, id, kab_kota_code, natural_key, deleted, data FROM records ORDER BY kind, id');
    const row = (id: string) => rows.find((r) => r.id === id);

    expect(row(ikmTala.id)?.deleted).toBe(true);
    expect(row(ikmBanjar.id)).toMatchObject({ natural_key: 'nib:9120005550001', deleted: false });
    expect(row(product.id)).toMatchObject({
      kab_kota_code: BANJAR,
      natural_key: 'nib:9120005550001|produk:amplang ikan belida',
      data: expect.objectContaining({ enterpriseId: ikmBanjar.id }),
    });
    expect(row(skA.id)?.natural_key).toBe('sk:500.11.2023|2023-01-02');
    expect(row(skB.id)?.natural_key).toBe('sk:500.12.2023|2023-01-02');
  });

  it("removes the product and the merged IKM from the old kab/kota's PCs and gives the product to the new one's", async () => {
    const talaChanges = await pullAll(tala, CURSOR);
    expect(talaChanges.map((c) => [c.kind, c.id, c.deleted, c.removed ?? false])).toEqual([
      ['enterprises', ikmTala.id, true, false],
      ['products', product.id, false, true],
    ]);

    const banjarChanges = await pullAll(banjar, CURSOR);
    expect(banjarChanges.map((c) => [c.kind, c.id, c.deleted])).toEqual([
      ['products', product.id, false],
    ]);
    expect(banjarChanges[0]?.data).toMatchObject({ enterpriseId: ikmBanjar.id });
  });
});
