import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/src/start';
import { makeDecree, makeEnterprise, makeProduct, makeSentra } from '../support/factories/register';
import { makeNomination, makeRound } from '../support/factories/round';
import { databaseName, PG_MISSING, useCluster } from './support/cluster-fixture';
import { BANJAR, makeAccounts, put, startTestServer, type Api } from './support/harness';

type PushBody = {
  results: { mutationId: number; status: string; id: string; version?: number }[];
  error?: string;
};

/**
 * The register keys records with the identity rules of shared/domain/identity: two offices that
 * register the same real-world thing under their own ids end with one record on the server.
 */
describe.skipIf(PG_MISSING)('OVOP Desk Server: one record per real-world thing', () => {
  const cluster = useCluster();
  let server: RunningServer;
  let inspect: pg.Pool;
  let accounts: Awaited<ReturnType<typeof makeAccounts>>;
  beforeAll(async () => {
    const name = databaseName('identity');
    server = await startTestServer(cluster().createDatabase(name));
    inspect = new pg.Pool({ connectionString: cluster().adminUrl(name) });
    accounts = await makeAccounts(server.url);
  });
  afterAll(async () => {
    await inspect?.end();
    await server?.close();
  });

  const push = async (api: Api, clientId: string, mutations: unknown[]) => {
    const reply = await api.post<PushBody>('/sync/push', { clientId, mutations });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return reply.body.results.map((r) => r.id);
  };
  const live = async (kind: string, where = 'true', params: unknown[] = []) =>
    (
      await inspect.query<{ id: string; data: Record<string, unknown> }>(
        `SELECT id, data FROM records WHERE kind = '${kind}' AND NOT deleted AND ${where} ORDER BY id`,
        params,
      )
    ).rows;

  it('keeps one sentra when the kab/kota and the province register it under the same SK typed with different separators', async () => {
    const banjarSk = makeDecree({ number: '188.45/123/Kpts/2024', date: '2024-03-01' });
    const banjarSentra = makeSentra({
      name: 'Sentra Anyaman Purun',
      decreeId: banjarSk.id,
      regionCode: `${BANJAR}.07.2001`,
    });
    const provinceSk = makeDecree({ number: '188-45 / 123 / KPTS / 2024', date: '2024-03-01' });
    // The province typed another name: the SK, not the name, says it is the same sentra.
    const provinceSentra = makeSentra({
      name: 'Sentra Purun Desa Tambak Sarinah',
      decreeId: provinceSk.id,
      regionCode: `${BANJAR}.02.2003`,
    });

    await push(accounts.banjar, 'pc-banjar-1', [
      put('decrees', banjarSk),
      put('sentras', banjarSentra),
    ]);
    const ids = await push(accounts.province, 'pc-prov-1', [
      put('decrees', provinceSk),
      put('sentras', provinceSentra),
    ]);

    expect(ids).toEqual([banjarSk.id, banjarSentra.id]);
    expect((await live('decrees')).map((r) => r.id)).toEqual([banjarSk.id]);
    const sentras = await live('sentras');
    expect(sentras.map((r) => r.id)).toEqual([banjarSentra.id]);
    expect(sentras[0]?.data.decreeId).toBe(banjarSk.id);
  });

  it('makes one round of the province\'s "OVOP 2026" and a kab/kota\'s "Periode OVOP Tahun 2026", leaving the province\'s as it is', async () => {
    const provinceRound = makeRound({ name: 'OVOP 2026' });
    await push(accounts.province, 'pc-prov-2', [put('rounds', provinceRound)]);
    const banjarRound = makeRound({ name: 'Periode OVOP Tahun 2026' });

    const ids = await push(accounts.banjar, 'pc-banjar-2', [put('rounds', banjarRound)]);

    expect(ids).toEqual([provinceRound.id]);
    const rounds = await live('rounds', "data->>'year' = '2026'");
    expect(rounds.map((r) => [r.id, r.data.name])).toEqual([[provinceRound.id, 'OVOP 2026']]);
  });

  it('keeps one nomination per round, IKM and product when another PC nominated the same product offline', async () => {
    const round = makeRound({ year: 2027, name: 'OVOP 2027' });
    await push(accounts.province, 'pc-prov-3', [put('rounds', round)]);
    const ikm = makeEnterprise({ nib: '9120001234567', regionCode: `${BANJAR}.07.2001` });
    const product = makeProduct({
      enterpriseId: ikm.id,
      name: 'Kain Sasirangan Motif Gigi Haruan',
    });
    const other = makeProduct({ enterpriseId: ikm.id, name: 'Kerudung Sasirangan' });
    const nomination = makeNomination({
      roundId: round.id,
      enterpriseId: ikm.id,
      productId: product.id,
    });
    await push(accounts.banjar, 'pc-banjar-3', [
      put('enterprises', ikm),
      put('products', product),
      put('products', other),
      put('nominations', nomination),
    ]);

    // The province's PC made its own copies of all of it offline, under its own ids.
    const round2 = makeRound({ year: 2027, name: 'Periode OVOP Tahun 2027' });
    const ikm2 = makeEnterprise({ nib: '9120001234567', regionCode: `${BANJAR}.07.2001` });
    const product2 = makeProduct({
      enterpriseId: ikm2.id,
      name: '  kain sasirangan motif gigi-haruan ',
    });
    const otherProduct2 = makeProduct({ enterpriseId: ikm2.id, name: 'Taplak Sasirangan' });
    const nomination2 = makeNomination({
      roundId: round2.id,
      enterpriseId: ikm2.id,
      productId: product2.id,
    });
    const otherNomination2 = makeNomination({
      roundId: round2.id,
      enterpriseId: ikm2.id,
      productId: otherProduct2.id,
    });
    const ids = await push(accounts.province, 'pc-prov-4', [
      put('rounds', round2),
      put('enterprises', ikm2),
      put('products', product2),
      put('products', otherProduct2),
      put('nominations', nomination2),
      put('nominations', otherNomination2),
    ]);

    expect(ids.slice(0, 5)).toEqual([
      round.id,
      ikm.id,
      product.id,
      otherProduct2.id,
      nomination.id,
    ]);
    // Another product of the same IKM in the same round is another nomination.
    expect(ids[5]).toBe(otherNomination2.id);
    const nominations = await live('nominations', "data->>'roundId' = $1", [round.id]);
    expect(nominations.map((r) => [r.data.productId, r.data.enterpriseId]).sort()).toEqual(
      [
        [product.id, ikm.id],
        [otherProduct2.id, ikm.id],
      ].sort(),
    );
    expect(await live('products', "data->>'enterpriseId' = $1", [ikm.id])).toHaveLength(3);
  });

  it('lists as a conflict a field two offices typed differently for the same IKM, with both values and who typed them', async () => {
    const nib = '9120007654321';
    const banjarIkm = makeEnterprise({
      nib,
      phone: '0511-4777001',
      regionCode: `${BANJAR}.07.2001`,
    });
    await push(accounts.banjar, 'pc-banjar-4', [put('enterprises', banjarIkm)]);
    const provinceIkm = makeEnterprise({
      nib,
      phone: '0812-5000123',
      regionCode: `${BANJAR}.07.2001`,
    });

    const reply = await accounts.province.post<PushBody & { results: { conflicts?: number }[] }>(
      '/sync/push',
      { clientId: 'pc-prov-5', mutations: [put('enterprises', provinceIkm)] },
    );

    expect(reply.body.results[0]).toMatchObject({ id: banjarIkm.id, conflicts: 1 });
    const conflicts = await accounts.province.get<{
      conflicts: {
        recordId: string;
        field: string;
        keptValue: unknown;
        keptBy: string;
        otherValue: unknown;
        otherBy: string;
      }[];
    }>('/conflicts');
    expect(conflicts.body.conflicts.filter((c) => c.recordId === banjarIkm.id)).toEqual([
      {
        recordId: banjarIkm.id,
        field: 'phone',
        keptValue: '0812-5000123',
        keptBy: 'Petugas prov',
        otherValue: '0511-4777001',
        otherBy: 'Petugas banjar',
        id: expect.any(String),
        kind: 'enterprises',
        at: expect.any(String),
      },
    ]);
  });
  it("applies a later edit of an IKM the register mapped to another office's record (same NIB) to that record", async () => {
    const nib = '9120001112223';
    const banjarIkm = makeEnterprise({ nib, regionCode: `${BANJAR}.07.2001` });
    const [banjarId] = await push(accounts.banjar, 'pc-banjar-6', [put('enterprises', banjarIkm)]);
    const provinceIkm = makeEnterprise({ nib, regionCode: `${BANJAR}.07.2001` });
    const first = await accounts.province.post<PushBody>('/sync/push', {
      clientId: 'pc-prov-6',
      mutations: [put('enterprises', provinceIkm)],
    });
    expect(first.body.results[0]?.id).toBe(banjarId);

    // The PC still knows the IKM by its own id until it pulls.
    const edit = put(
      'enterprises',
      { id: provinceIkm.id, workerCount: 31 },
      first.body.results[0]?.version,
    );
    const [editedId] = await push(accounts.province, 'pc-prov-6', [edit]);

    expect(editedId).toBe(banjarId);
    const rows = await live('enterprises', "data->>'nib' = $1", [nib]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: banjarId, data: { workerCount: 31 } });
  });
});
