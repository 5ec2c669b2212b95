import { beforeEach, describe, expect, it } from 'vitest';
import type { Letter } from '@shared/domain/letter';
import type { RepositoryContext } from '../../../../../renderer/src/db/context';
import { indexedDbBlobStore } from '../../../../../renderer/src/db/blob-store';
import {
  FinalCheckError,
  letterRepository,
  type LetterRepository,
} from '../../../../../renderer/src/db/repositories/letter-repository';
import {
  officeRepository,
  ownOfficeId,
} from '../../../../../renderer/src/db/repositories/office-repository';
import {
  LETTER_NUMBER_OFFLINE_MESSAGE,
  LETTER_NUMBER_SIGNED_OUT_MESSAGE,
} from '../../../../../renderer/src/db/sync/letter-numbers';
import { SyncEngine } from '../../../../../renderer/src/db/sync/sync-engine';
import { SYNC_CONFIG_KEY } from '../../../../../renderer/src/db/sync/sync-keys';
import { memoryTokenStore } from '../../../../../renderer/src/db/sync/token-store';
import { makeContext } from '../../../../support/factories/db';
import { allReady, draftLetterOf } from '../../../../support/factories/draft-letter';
import { provinceOffice } from '../../../../support/factories/letter';
import { pdfLikeBytes } from '../../../../support/factories/letter-register';

let ctx: RepositoryContext;
let store: LetterRepository;
const render = (letter: Letter) => Promise.resolve(pdfLikeBytes(`nomor ${letter.number ?? ''}`));

const draftLetter = () => draftLetterOf(ctx, store);
const ready = allReady;

/** This PC as connected to a server earlier: the connection row is in the register. */
async function rememberServer(): Promise<void> {
  await ctx.db.syncState.put({
    key: SYNC_CONFIG_KEY,
    value: {
      serverUrl: 'http://127.0.0.1:9',
      clientId: 'pc-1',
      username: 'prov',
      account: {
        id: 'a1',
        username: 'prov',
        displayName: 'Staf Provinsi',
        role: 'province',
        provinceCode: '63',
        kabKotaCode: null,
        officeName: 'Disperin Kalsel',
      },
    },
  });
}

async function expectStillDraft(draft: Letter, message: string): Promise<void> {
  const refused = store.finalise(draft.id, ready(draft), render);
  await expect(refused).rejects.toBeInstanceOf(FinalCheckError);
  await expect(refused).rejects.toThrow(message);
  expect((await store.get(draft.id))?.status).toBe('draft');
  expect((await store.get(draft.id))?.number).toBeUndefined();
  expect(await ctx.db.letterRegister.count()).toBe(0);
}

beforeEach(async () => {
  ctx = await makeContext({ userName: 'Rina', start: '2026-03-01T08:00:00.000Z' });
  store = letterRepository(ctx, indexedDbBlobStore(ctx.db));
  await officeRepository(ctx).save(provinceOffice({ id: await ownOfficeId(ctx.db) }));
});

describe('letter numbers with a shared register, offline', () => {
  it('refuses to finalise while the server cannot be reached, and the letter stays a draft', async () => {
    const draft = await draftLetter();
    await rememberServer();
    const tokens = memoryTokenStore();
    await tokens.save('token-1');
    const calls: string[] = [];
    const engine = new SyncEngine(ctx.db, {
      tokens,
      intervalMs: 3_600_000,
      fetch: (url) => {
        calls.push(url);
        return Promise.reject(new TypeError('fetch failed'));
      },
    });
    await engine.start();
    engine.stop();
    await expectStillDraft(draft, LETTER_NUMBER_OFFLINE_MESSAGE);
    expect(calls.some((url) => url.endsWith('/letter-numbers'))).toBe(true);
    expect(LETTER_NUMBER_OFFLINE_MESSAGE).toMatch(/server tidak dapat dihubungi/);
  });

  it('refuses while signed out of the configured server', async () => {
    const draft = await draftLetter();
    await rememberServer();
    const engine = new SyncEngine(ctx.db, { tokens: memoryTokenStore() });
    await engine.start();
    await expectStillDraft(draft, LETTER_NUMBER_SIGNED_OUT_MESSAGE);
  });

  it('numbers locally as before when no server is configured', async () => {
    const draft = await draftLetter();
    const final = await store.finalise(draft.id, ready(draft), render);
    expect(final.number).toBe('500.9/1/Disperin/2026');
  });
});
