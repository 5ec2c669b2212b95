import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../server/src/db/migrate';
import { identityRulesFingerprint } from '../../server/src/services/rekey';
import type { RunningServer } from '../../server/src/start';
import { makeDecree, makeEnterprise, makeProduct, makeSentra } from '../support/factories/register';
import { databaseName, PG_MISSING, useCluster } from './support/cluster-fixture';
import { BANJAR, makeAccounts, pullAll, put, startTestServer, type Api } from './support/harness';

interface Seeded {
  kind: string;
  record: { id: string } & Record<string, unknown>;
  key: string | null;
  /** A row from before migration 0002 carries full field maps and no creation stamp. */
  fullMaps?: boolean;
}

/**
 * A register written by an older server: natural keys made by older rules (or none at all), and
 * two rows for one sentra that the older keys told apart. At start the server keys every live
 * record with the current rules of shared/domain/identity and merges what they say is one.
 */
describe.skipIf(PG_MISSING)('OVOP Desk Server: re-keying a register made under older rules', () => {
  const cluster = useCluster();
  let name: string;
  let url: string;
  let admin: pg.Pool;
  let server: RunningServer | undefined;
  let banjar: Api;

  const skBanjar = makeDecree({
    number: '188.45/123/Kpts/2024',
    date: '2024-03-01',
    issuingRegionCode: BANJAR,
  });
  const sentraBanjar = makeSentra({
    name: 'Sentra Anyaman Purun',
    decreeId: skBanjar.id,
    regionCode: `${BANJAR}.07.2001`,
  });
  // The province typed the same SK with other separators and the sentra under another name.
  const skProvince = makeDecree({
    number: '188-45 / 123 / KPTS / 2024',
    date: '2024-03-01',
    issuingRegionCode: BANJAR,
  });
  const sentraProvince = makeSentra({
    name: 'Sentra Purun Tambak Sarinah',
    decreeId: skProvince.id,
    regionCode: `${BANJAR}.07.2001`,
  });
  const ikm = makeEnterprise({
    nib: '9120001234567',
    sentraId: sentraProvince.id,
    regionCode: `${BANJAR}.07.2001`,
  });
  const product = makeProduct({ enterpriseId: ikm.id, name: 'Tikar Purun  Motif Ramak' });
  const seeded: Seeded[] = [
    { kind: 'decrees', record: skBanjar, key: null, fullMaps: true },
    { kind: 'sentras', record: sentraBanjar, key: 'sentra:anyaman purun', fullMaps: true },
    { kind: 'decrees', record: skProvince, key: 'sk:188-45 / 123 / KPTS / 2024' },
    { kind: 'sentras', record: sentraProvince, key: null },
    { kind: 'enterprises', record: ikm, key: null },
    { kind: 'products', record: product, key: 'produk:tikar purun motif ramak' },
  ];
  const CURSOR = seeded.length;

  beforeAll(async () => {
    name = databaseName('rekey');
    url = cluster().createDatabase(name);
    admin = new pg.Pool({ connectionString: cluster().adminUrl(name) });
    // The schema as the older server left it, then its rows (as its pushes stored them).
    await migrate(url);
    for (const [i, { kind, record, key, fullMaps }] of seeded.entries()) {
      const version = i + 1;
      const { id, ...data } = record;
      const stamps = (value: unknown) =>
        JSON.stringify(Object.fromEntries(Object.keys(data).map((f) => [f, value])));
      await admin.query(
        `INSERT INTO records (kind, id, kab_kota_code, data, field_versions, field_authors, natural_key, version, created_version, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          kind,
          id,
          BANJAR,
          JSON.stringify(data),
          fullMaps ? stamps(version) : '{}',
          fullMaps ? stamps('Petugas lama') : '{}',
          key,
          version,
          fullMaps ? null : version,
          fullMaps ? null : 'Petugas prov',
        ],
      );
    }
    await admin.query('UPDATE sync_state SET version = $1', [CURSOR]);
    server = await startTestServer(url);
    ({ banjar } = await makeAccounts(server.url));
  });
  afterAll(async () => {
    await server?.close();
    await admin?.end();
  });

  const rows = async () =>
    (
      await admin.query<{ kind: string; id: string; natural_key: string | null; deleted: boolean }>(
        'SELECT kind, id, natural_key, deleted FROM records ORDER BY version',
      )
    ).rows;

  it('keys every live record by the current rules, keeping the first-registered of a duplicate', async () => {
    expect(await rows()).toEqual([
      {
        kind: 'decrees',
        id: skBanjar.id,
        natural_key: 'sk:188.45.123.KPTS.2024|2024-03-01',
        deleted: false,
      },
      {
        kind: 'sentras',
        id: sentraBanjar.id,
        natural_key: 'sentra-sk:188.45.123.KPTS.2024|63.03|makanan-minuman',
        deleted: false,
      },
      {
        kind: 'products',
        id: product.id,
        natural_key: 'nib:9120001234567|produk:tikar purun motif ramak',
        deleted: false,
      },
      // The duplicates keep what the older server stored; they are tombstones now.
      {
        kind: 'decrees',
        id: skProvince.id,
        natural_key: 'sk:188-45 / 123 / KPTS / 2024',
        deleted: true,
      },
      { kind: 'sentras', id: sentraProvince.id, natural_key: null, deleted: true },
      { kind: 'enterprises', id: ikm.id, natural_key: 'nib:9120001234567', deleted: false },
    ]);
    const aliases = await admin.query('SELECT kind, alias, id FROM id_aliases ORDER BY kind');
    expect(aliases.rows).toEqual([
      { kind: 'decrees', alias: skProvince.id, id: skBanjar.id },
      { kind: 'sentras', alias: sentraProvince.id, id: sentraBanjar.id },
    ]);
  });

  it('lets a PC pulling after its cursor see the tombstones and its IKM pointed at the sentra kept', async () => {
    const changes = await pullAll(banjar, CURSOR);

    expect(changes.map((c) => [c.version, c.kind, c.id, c.deleted])).toEqual([
      [CURSOR + 1, 'decrees', skProvince.id, true],
      [CURSOR + 2, 'sentras', sentraProvince.id, true],
      [CURSOR + 3, 'enterprises', ikm.id, false],
    ]);
    expect(changes[2]?.data).toMatchObject({ sentraId: sentraBanjar.id, nib: ikm.nib });
  });

  it('lists what the merged duplicate held otherwise, for staff to settle', async () => {
    const reply = await banjar.get<{
      conflicts: {
        kind: string;
        recordId: string;
        field: string;
        keptValue: unknown;
        otherValue: unknown;
      }[];
    }>('/conflicts');
    const listed = reply.body.conflicts
      .map((c) => [c.kind, c.recordId, c.field, c.keptValue, c.otherValue])
      .sort();
    expect(listed).toEqual(
      [
        ['decrees', skBanjar.id, 'number', skBanjar.number, skProvince.number],
        ['sentras', sentraBanjar.id, 'name', sentraBanjar.name, sentraProvince.name],
      ].sort(),
    );
  });

  it("maps a later edit of the merged sentra's id onto the sentra kept", async () => {
    const reply = await banjar.post<{ results: { id: string }[] }>('/sync/push', {
      clientId: 'pc-banjar-rekey',
      mutations: [
        put('sentras', { id: sentraProvince.id, unitCount: 15, decreeId: skProvince.id }, CURSOR),
      ],
    });

    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body.results[0]?.id).toBe(sentraBanjar.id);
    const kept = await admin.query<{ data: { unitCount: number; decreeId: string } }>(
      "SELECT data FROM records WHERE kind = 'sentras' AND id = $1",
      [sentraBanjar.id],
    );
    expect(kept.rows[0]?.data).toMatchObject({ unitCount: 15, decreeId: skBanjar.id });
  });

  it('changes nothing on the next start', async () => {
    const before = await admin.query(
      'SELECT kind, id, natural_key, deleted, version FROM records ORDER BY kind, id',
    );
    const counter = await admin.query('SELECT version FROM sync_state');
    expect((await admin.query('SELECT identity_rules FROM sync_state')).rows).toEqual([
      { identity_rules: identityRulesFingerprint() },
    ]);
    // Forgetting which rules keyed the register makes the next start key every record again.
    await admin.query('UPDATE sync_state SET identity_rules = NULL');
    await server?.close();
    server = await startTestServer(url);

    expect(
      (
        await admin.query(
          'SELECT kind, id, natural_key, deleted, version FROM records ORDER BY kind, id',
        )
      ).rows,
    ).toEqual(before.rows);
    expect((await admin.query('SELECT version FROM sync_state')).rows).toEqual(counter.rows);
    const audits = await admin.query("SELECT count(*)::int AS n FROM audit WHERE action = 'rekey'");
    expect(audits.rows[0]?.n).toBe(1);
    expect((await admin.query('SELECT identity_rules FROM sync_state')).rows).toEqual([
      { identity_rules: identityRulesFingerprint() },
    ]);
  });
});
