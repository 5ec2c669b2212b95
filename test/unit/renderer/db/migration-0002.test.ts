import { describe, expect, it } from 'vitest';
import type { Letter } from '@shared/domain/letter';
import { indexedDbBlobStore } from '../../../../renderer/src/db/blob-store';
import { createContext } from '../../../../renderer/src/db/context';
import { OvopDatabase } from '../../../../renderer/src/db/database';
import { VERSION_1_STORES } from '../../../../renderer/src/db/migrations/0001-initial';
import { letterRepository } from '../../../../renderer/src/db/repositories/letter-repository';
import {
  officeRepository,
  ownOfficeId,
} from '../../../../renderer/src/db/repositories/office-repository';
import { seedVersionFixture, version1LetterFixture } from '../../../support/factories/db';
import { allReady, provinceOffice } from '../../../support/factories/letter';
import { makeRound } from '../../../support/factories/round';
import { asRoundId } from '@shared/domain/common/ids';

const uniqueName = (label: string): string =>
  `migration-0002-${label}-${Math.random().toString(36).slice(2)}`;

async function openV1Register(name: string) {
  const db = new OvopDatabase(name);
  await db.open();
  let id = 0;
  const ctx = createContext(db, {
    now: () => new Date('2024-06-03T08:00:00.000Z'),
    newId: () => `m-${(id += 1)}`,
  });
  return { db, ctx, letters: letterRepository(ctx, indexedDbBlobStore(db)) };
}

describe('migration 0002 (letter register) on a version-1 register', () => {
  it('keeps every letter and number, adds office and sequence, and is idempotent when opened twice', async () => {
    const name = uniqueName('letters');
    await seedVersionFixture(name, 1, VERSION_1_STORES, version1LetterFixture());
    let firstOpen: unknown;
    for (let round = 0; round < 2; round++) {
      const { db, letters } = await openV1Register(name);
      expect(await db.letters.count()).toBe(4);
      expect(await db.letterRegister.count()).toBe(3);
      const final = await letters.get('surat-1');
      expect(final?.number).toBe('500.9/1/Disperin/2024');
      expect(final?.status).toBe('final');
      expect(final?.annexes[0]?.rows).toHaveLength(2);
      expect((await letters.get('surat-3'))?.status).toBe('draft');
      const rows = await db.letterRegister.orderBy('seq').toArray();
      // The office's rows, under the id migration 0007 gave the register.
      const officeId = await ownOfficeId(db);
      expect(rows.map((r) => [r.officeId, r.year, r.sequence, r.number])).toEqual([
        [officeId, 2024, 1, '500.9/1/Disperin/2024'],
        [officeId, 2024, 2, '500.9/2/Disperin/2024'],
        [officeId, 2025, 1, '500.9/1/Disperin/2025'],
      ]);
      expect((await letters.register()).map((e) => [e.number, e.status])).toEqual([
        ['500.9/1/Disperin/2024', 'final'],
        ['500.9/2/Disperin/2024', 'batal'],
        ['500.9/1/Disperin/2025', 'final'],
      ]);
      // The lampiran index answers "which letter lists this nomination" for upgraded rows too.
      expect(await letters.letterFactsFor('nom-002')).toEqual({
        letterId: 'surat-1',
        listsNomination: true,
        hasSignedCopy: false,
      });
      const snapshot = { letters: await db.letters.toArray(), register: rows };
      if (round === 0) firstOpen = snapshot;
      else expect(snapshot).toEqual(firstOpen);
      db.close();
    }
  });

  it('continues numbering after the highest upgraded number: the cancelled 2/2024 is never given out again', async () => {
    const name = uniqueName('numbering');
    await seedVersionFixture(name, 1, VERSION_1_STORES, version1LetterFixture());
    const { db, ctx, letters } = await openV1Register(name);
    await officeRepository(ctx).save(provinceOffice({ id: 'kantor' }));
    // The round the v1 letters belong to, with the ministry letter the final checks now ask for.
    const round = makeRound({
      id: asRoundId('ronde-2024'),
      opensOn: '2024-01-01',
      closesOn: '2024-12-31',
      requestLetter: { number: 'B/1/IKMA/2024', date: '2024-01-10', hal: 'Usulan OVOP' },
    });
    await db.rounds.put({ ...round, schemaVersion: 1, revision: 1, live: 1 });
    const draft = (await letters.get('surat-3')) as Letter;
    const render = (l: Letter) =>
      Promise.resolve(new TextEncoder().encode(`%PDF-1.4 ${l.number ?? ''}`));
    const final = await letters.finalise(
      draft.id,
      allReady(draft.annexes.flatMap((a) => a.rows)),
      render,
    );
    expect(final.number).toBe('500.9/3/Disperin/2024');
    const row = await db.letterRegister.where('letterId').equals('surat-3').first();
    expect(row).toMatchObject({ officeId: await ownOfficeId(db), year: 2024, sequence: 3 });
    db.close();
  });
});
