import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/src/start';
import { buildAppRepositories, type AppRepositories } from '../../renderer/src/db/app-repositories';
import { indexedDbBlobStore, sha256Hex } from '../../renderer/src/db/blob-store';
import { createContext } from '../../renderer/src/db/context';
import { OvopDatabase } from '../../renderer/src/db/database';
import { SyncEngine } from '../../renderer/src/db/sync/sync-engine';
import type { FetchLike } from '../../renderer/src/db/sync/sync-http';
import { memoryTokenStore } from '../../renderer/src/db/sync/token-store';
import { formOf } from '../support/factories/db';
import { makeEnterprise } from '../support/factories/register';
import { databaseName, PG_MISSING, useCluster } from './support/cluster-fixture';
import { Api, login, makeAccounts, PASSWORD, startTestServer } from './support/harness';

/** The server's attachment limit in these tests: 40 KiB. */
const LIMIT_MB = '0.0390625';

interface Traffic {
  puts: string[];
  gets: string[];
  /** The server cannot be reached (the PC is offline). */
  offline: boolean;
  /** Bytes coming back from GET /blobs are damaged on the way. */
  tamper: boolean;
}

interface Pc {
  readonly repos: AppRepositories;
  readonly engine: SyncEngine;
  readonly traffic: Traffic;
}

let pcs = 0;
function makePc(): Pc {
  const db = new OvopDatabase(`att-${process.pid}-${(pcs += 1)}`);
  const blobs = indexedDbBlobStore(db);
  const repos = buildAppRepositories(createContext(db), blobs);
  const traffic: Traffic = { puts: [], gets: [], offline: false, tamper: false };
  const fetchImpl: FetchLike = async (input, init) => {
    const blob = /\/blobs\/([0-9a-f]{64})$/.exec(input)?.[1];
    if (traffic.offline) throw new TypeError('fetch failed');
    if (blob && init?.method === 'PUT') traffic.puts.push(blob);
    if (blob && init?.method === 'GET') traffic.gets.push(blob);
    const response = await fetch(input, init);
    if (!blob || init?.method !== 'GET' || !traffic.tamper || !response.ok) return response;
    const bytes = new Uint8Array(await response.arrayBuffer());
    bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 0xff;
    return new Response(bytes, { status: 200, headers: response.headers });
  };
  const engine = new SyncEngine(db, {
    tokens: memoryTokenStore(),
    blobs,
    intervalMs: 3_600_000,
    fetch: fetchImpl,
  });
  return { repos, engine, traffic };
}

/** A small PDF of `size` bytes whose content depends on `seed`. */
function pdf(seed: string, size = 2000): Uint8Array {
  const head = new TextEncoder().encode(`%PDF-1.4\n% ${seed}\n`);
  const bytes = new Uint8Array(size);
  bytes.set(head);
  for (let i = head.length; i < size; i += 1) bytes[i] = (i * 31 + seed.length) % 251;
  return bytes;
}

let nib = 0;
const ikm = () =>
  formOf(
    makeEnterprise({
      nib: `91400${String((nib += 1)).padStart(8, '0')}`,
      regionCode: '63.03.07.2001',
    }),
  );

describe.skipIf(PG_MISSING)('attachments through the shared register', () => {
  const cluster = useCluster();
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer(cluster().createDatabase(databaseName('attach')), {
      OVOP_MAX_ATTACHMENT_MB: LIMIT_MB,
    });
    await makeAccounts(server.url);
  });
  afterAll(() => server?.close());

  async function connected(pc: Pc, user = 'prov'): Promise<Pc> {
    await pc.engine.connect(server.url, user, PASSWORD);
    pc.engine.stop();
    return pc;
  }

  /** A document attached on one PC and sent; a second PC has pulled its metadata, not its bytes. */
  async function documentOnOtherPc(seed: string, originalName: string) {
    const a = await connected(makePc());
    const made = await a.repos.enterprises.create(ikm());
    const bytes = pdf(seed);
    const hash = await sha256Hex(bytes);
    await a.repos.attachments.add({
      bytes,
      originalName,
      kind: 'document',
      owner: { type: 'enterprise', id: made.id },
    });
    await a.engine.syncNow();
    const b = await connected(makePc());
    await b.engine.syncNow();
    return { bytes, hash, b };
  }

  it('tells a signed-in PC which hashes it lacks and its attachment limit; refuses bad asks', async () => {
    const bare = new Api(server.url);
    expect((await bare.post('/blobs/missing', { hashes: [] })).status).toBe(401);
    expect((await bare.get('/blobs/limits')).status).toBe(401);
    const banjar = await login(server.url, 'banjar');
    expect((await banjar.get('/blobs/limits')).body).toEqual({ maxBytes: 40 * 1024 });
    const bytes = pdf('sudah ada');
    const hash = await sha256Hex(bytes);
    expect((await banjar.call('PUT', `/blobs/${hash}`, bytes)).status).toBe(201);
    const absent = 'b'.repeat(64);
    expect((await banjar.post('/blobs/missing', { hashes: [hash, absent, absent] })).body).toEqual({
      missing: [absent],
    });
    const malformed = await banjar.post('/blobs/missing', { hashes: ['BUKAN-SIDIK'] });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatch(/Sidik berkas harus SHA-256/);
    const tooMany = await banjar.post('/blobs/missing', {
      hashes: Array.from({ length: 1001 }, () => absent),
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error).toMatch(/Paling banyak 1000 sidik berkas/);
  });

  it('sends each file once, pulls only metadata, and fetches the bytes when a screen opens them', async () => {
    const a = await connected(makePc());
    const made = await a.repos.enterprises.create(ikm());
    const owner = { type: 'enterprise' as const, id: made.id };
    const bytes = pdf('profil usaha');
    const hash = await sha256Hex(bytes);
    const first = await a.repos.attachments.add({
      bytes,
      originalName: 'profil.pdf',
      kind: 'document',
      owner,
    });
    // The same file on a second IKM: one hash, sent once.
    const second = await a.repos.enterprises.create(ikm());
    await a.repos.attachments.add({
      bytes,
      originalName: 'profil-salinan.pdf',
      kind: 'document',
      owner: { type: 'enterprise', id: second.id },
    });
    await a.engine.syncNow();
    expect(a.engine.current()).toMatchObject({ state: 'online', pending: 0 });
    expect(a.traffic.puts).toEqual([hash]);

    // A caption edit names no new file: nothing more is uploaded.
    await a.repos.attachments.setCaption(first.id, 'Profil 2026');
    await a.engine.syncNow();
    expect(a.traffic.puts).toEqual([hash]);

    // B receives the metadata only; the bytes come when B opens the file, once.
    const b = await connected(makePc(), 'banjar');
    await b.engine.syncNow();
    const listed = await b.repos.attachments.listByOwners([
      owner,
      { type: 'enterprise', id: second.id },
    ]);
    expect(listed.map((m) => m.originalName).sort()).toEqual(['profil-salinan.pdf', 'profil.pdf']);
    expect(await b.repos.blobs.has(hash)).toBe(false);
    expect(b.traffic.gets).toEqual([]);
    expect(await b.repos.attachments.open(hash)).toEqual(bytes);
    expect(await b.repos.attachments.open(hash)).toEqual(bytes);
    expect(b.traffic.gets).toEqual([hash]);
    expect(await b.repos.blobs.has(hash)).toBe(true);

    // B attaches the same file elsewhere: the server has it, so B sends no bytes.
    const other = await b.repos.enterprises.create(ikm());
    await b.repos.attachments.add({
      bytes,
      originalName: 'profil.pdf',
      kind: 'document',
      owner: { type: 'enterprise', id: other.id },
    });
    await b.engine.syncNow();
    expect(b.engine.current()).toMatchObject({ state: 'online', pending: 0 });
    expect(b.traffic.puts).toEqual([]);
  });

  it('says in Indonesian why a file cannot be opened offline, and refuses damaged bytes', async () => {
    const { bytes, hash, b } = await documentOnOtherPc('foto izin', 'izin.pdf');
    b.traffic.offline = true;
    await expect(b.repos.attachments.open(hash)).rejects.toThrow(
      /^Berkas belum diunduh dari server; sambungkan ke server/,
    );
    expect(await b.repos.attachments.bytes(hash)).toBeUndefined();

    b.traffic.offline = false;
    b.traffic.tamper = true;
    await expect(b.repos.attachments.open(hash)).rejects.toThrow(
      /tidak cocok dengan sidik SHA-256-nya, jadi tidak disimpan/,
    );
    expect(await b.repos.ctx.db.blobs.count()).toBe(0);

    b.traffic.tamper = false;
    expect(await b.repos.attachments.open(hash)).toEqual(bytes);
  });

  it('lets outputs that gather files (the submission pack) fetch what this PC lacks', async () => {
    const { bytes, hash, b } = await documentOnOtherPc('pindaian sertifikat', 'sertifikat.pdf');
    expect(await b.repos.blobs.get(hash)).toBeUndefined();
    b.traffic.offline = true;
    await expect(b.repos.blobsOnDemand.get(hash)).rejects.toThrow(
      /^Berkas belum diunduh dari server; sambungkan ke server/,
    );
    b.traffic.offline = false;
    expect(await b.repos.blobsOnDemand.get(hash)).toEqual(bytes);
    expect(await b.repos.blobs.get(hash)).toEqual(bytes);
    expect(b.traffic.gets).toEqual([hash]);

    // Without a server a file this PC never had is simply missing, as before.
    const alone = makePc();
    expect(await alone.repos.blobsOnDemand.get(hash)).toBeUndefined();
  });

  it("refuses a file over the server's limit when it is attached, and keeps nothing of it", async () => {
    const big = pdf('pindaian besar', 60_000);
    const alone = makePc();
    const local = await alone.repos.enterprises.create(ikm());
    // Without a server the PC's own limits apply: the file is kept.
    await alone.repos.attachments.add({
      bytes: big,
      originalName: 'besar.pdf',
      kind: 'document',
      owner: { type: 'enterprise', id: local.id },
    });

    const a = await connected(makePc());
    const made = await a.repos.enterprises.create(ikm());
    await expect(
      a.repos.attachments.add({
        bytes: big,
        originalName: 'besar.pdf',
        kind: 'document',
        owner: { type: 'enterprise', id: made.id },
      }),
    ).rejects.toThrow(
      'Berkas 59 kB melebihi batas server kantor (paling besar 40 kB per berkas). Perkecil atau pindai ulang berkasnya, lalu unggah lagi.',
    );
    expect(await a.repos.attachments.listByOwner({ type: 'enterprise', id: made.id })).toEqual([]);
    expect(await a.repos.ctx.db.blobs.count()).toBe(0);
  });
});
