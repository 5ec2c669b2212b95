import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Letter } from '@shared/domain/letter';
import type { RunningServer } from '../../server/src/start';
import { indexedDbBlobStore } from '../../renderer/src/db/blob-store';
import {
  createContext,
  USER_NAME_KEY,
  type RepositoryContext,
} from '../../renderer/src/db/context';
import { OvopDatabase } from '../../renderer/src/db/database';
import {
  FinalCheckError,
  letterRepository,
  type LetterRepository,
} from '../../renderer/src/db/repositories/letter-repository';
import {
  officeRepository,
  ownOfficeId,
} from '../../renderer/src/db/repositories/office-repository';
import { LETTER_NUMBER_OFFLINE_MESSAGE } from '../../renderer/src/db/sync/letter-numbers';
import { SyncEngine } from '../../renderer/src/db/sync/sync-engine';
import { memoryTokenStore } from '../../renderer/src/db/sync/token-store';
import { provinceOffice } from '../support/factories/letter';
import { allReady, draftLetterOf } from '../support/factories/draft-letter';
import { pdfLikeBytes } from '../support/factories/letter-register';
import { databaseName, PG_MISSING, useCluster } from './support/cluster-fixture';
import { makeAccounts, PASSWORD, startTestServer, type Api } from './support/harness';

interface Pc {
  readonly ctx: RepositoryContext;
  readonly engine: SyncEngine;
  readonly letters: LetterRepository;
}

const render = (letter: Letter) => Promise.resolve(pdfLikeBytes(`nomor ${letter.number ?? ''}`));
const ready = allReady;

let pcs = 0;
async function makePc(): Promise<Pc> {
  const db = new OvopDatabase(`letters-pc-${process.pid}-${(pcs += 1)}`);
  await db.open();
  await db.settings.put({ key: USER_NAME_KEY, value: `Staf ${pcs}` });
  const ctx = createContext(db);
  const engine = new SyncEngine(db, { tokens: memoryTokenStore(), intervalMs: 3_600_000 });
  return { ctx, engine, letters: letterRepository(ctx, indexedDbBlobStore(db)) };
}

/** A draft nomination letter of 2026 on this PC, with the office profile filled in. */
async function draftLetter(pc: Pc): Promise<Letter> {
  await officeRepository(pc.ctx).save(provinceOffice({ id: await ownOfficeId(pc.ctx.db) }));
  return draftLetterOf(pc.ctx, pc.letters);
}

describe.skipIf(PG_MISSING)('letter numbers from the server, on two PCs of one office', () => {
  const cluster = useCluster();
  let server: RunningServer;
  let province: Api;
  let stopped = false;
  beforeAll(async () => {
    server = await startTestServer(cluster().createDatabase(databaseName('letters')));
    province = (await makeAccounts(server.url)).province;
  });
  afterAll(() => (stopped ? undefined : server?.close()));

  async function connected(): Promise<Pc> {
    const pc = await makePc();
    await pc.engine.connect(server.url, 'prov', PASSWORD);
    pc.engine.stop();
    return pc;
  }

  it('gives letters finalised at once on two PCs different numbers, in the office sequence', async () => {
    const [a, b] = [await connected(), await connected()];
    const [da, db] = [await draftLetter(a), await draftLetter(b)];
    // Each PC's own register is empty: numbering locally both would print nomor 1.
    const [fa, fb] = await Promise.all([
      a.letters.finalise(da.id, ready(da), render),
      b.letters.finalise(db.id, ready(db), render),
    ]);
    expect(new Set([fa.number, fb.number]).size).toBe(2);
    expect([fa.number, fb.number].sort()).toEqual([
      '500.9/1/Disperin/2026',
      '500.9/2/Disperin/2026',
    ]);
    // Another PC of the office draws the next one; this PC continues after it.
    const other = await province.post<{ sequence: number }>('/letter-numbers', { year: 2026 });
    expect(other.body.sequence).toBe(3);
    const next = await draftLetter(a);
    expect((await a.letters.finalise(next.id, ready(next), render)).number).toBe(
      '500.9/4/Disperin/2026',
    );
    expect((await a.letters.register()).map((row) => row.number).sort()).toEqual(
      [fa.number, '500.9/4/Disperin/2026'].sort(),
    );
  });

  it('refuses to finalise once the server is stopped, and the letter stays a draft', async () => {
    const pc = await connected();
    const draft = await draftLetter(pc);
    await server.close();
    stopped = true;
    const refused = pc.letters.finalise(draft.id, ready(draft), render);
    await expect(refused).rejects.toBeInstanceOf(FinalCheckError);
    await expect(refused).rejects.toThrow(LETTER_NUMBER_OFFLINE_MESSAGE);
    expect((await pc.letters.get(draft.id))?.status).toBe('draft');
    expect(await pc.ctx.db.letterRegister.count()).toBe(0);
  });
});
