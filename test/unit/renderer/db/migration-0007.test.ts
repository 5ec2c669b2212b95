import { describe, expect, it } from 'vitest';
import { OvopDatabase } from '../../../../renderer/src/db/database';
import { VERSION_1_STORES } from '../../../../renderer/src/db/migrations/0001-initial';
import { VERSION_2_STORES } from '../../../../renderer/src/db/migrations/0002-letter-register';
import {
  assignOfficeIdentity,
  OFFICE_ID_KEY,
} from '../../../../renderer/src/db/migrations/0007-office-identity';
import { createContext } from '../../../../renderer/src/db/context';
import {
  officeRepository,
  ownOfficeId,
} from '../../../../renderer/src/db/repositories/office-repository';
import { makeDatabase, seedVersionFixture } from '../../../support/factories/db';
import { provinceOffice } from '../../../support/factories/letter';

const uniqueName = (label: string): string =>
  `migration-0007-${label}-${Math.random().toString(36).slice(2)}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A version-2 register as every office had it: one `kantor`, its letters and numbers. */
function version2Rows(): Record<string, readonly object[]> {
  const at = '2026-02-01T08:00:00.000Z';
  return {
    offices: [{ id: 'kantor', profile: provinceOffice({ id: 'kantor' }), updatedAt: at }],
    letters: [
      { id: 'surat-1', officeId: 'kantor', roundId: 'r-1', status: 'final', nominationIds: [] },
      { id: 'surat-kiriman', officeId: 'kab-banjar', roundId: 'r-1', status: 'draft' },
    ],
    letterRegister: [
      {
        officeId: 'kantor',
        year: 2026,
        sequence: 1,
        number: '500.9/1/Disperin/2026',
        letterId: 'surat-1',
        at,
      },
    ],
  };
}

describe('migration 0007 (office identity)', () => {
  it('gives an existing register its own id and moves its letters and numbers to it, once', async () => {
    const name = uniqueName('upgrade');
    const stores = { ...VERSION_1_STORES, ...VERSION_2_STORES };
    await seedVersionFixture(name, 2, stores, version2Rows());
    let first: string | undefined;
    for (let open = 0; open < 2; open++) {
      const db = new OvopDatabase(name);
      await db.open();
      const officeId = await ownOfficeId(db);
      expect(officeId).toMatch(UUID);
      if (open === 0) first = officeId;
      else expect(officeId).toBe(first);
      expect((await db.letters.get('surat-1'))?.officeId).toBe(officeId);
      // A letter that arrived from another office stays that office's.
      expect((await db.letters.get('surat-kiriman'))?.officeId).toBe('kab-banjar');
      const [row] = await db.letterRegister.toArray();
      expect(row).toMatchObject({ officeId, sequence: 1, number: '500.9/1/Disperin/2026' });
      const ctx = createContext(db);
      const stored = await officeRepository(ctx).get();
      expect(stored.complete).toBe(true);
      expect(stored.profile.id).toBe(officeId);
      db.close();
    }
  });

  it('a new register stays empty; it gets its id when the profile is first saved, and two registers never share one', async () => {
    const a = makeDatabase();
    const b = makeDatabase();
    await Promise.all([a.open(), b.open()]);
    // Nothing is written before the officer does something (the loss check relies on it).
    expect(await a.settings.count()).toBe(0);
    const savedA = await officeRepository(createContext(a)).save(provinceOffice({ id: 'kantor' }));
    const savedB = await officeRepository(createContext(b)).save(provinceOffice({ id: 'kantor' }));
    expect(savedA.id).toMatch(UUID);
    expect(savedB.id).toMatch(UUID);
    expect(savedA.id).not.toBe(savedB.id);
    expect(await ownOfficeId(a)).toBe(savedA.id);
    // Saving again keeps the id.
    const again = await officeRepository(createContext(a)).save(savedA);
    expect(again.id).toBe(savedA.id);
    expect((await officeRepository(createContext(a)).get()).profile.id).toBe(savedA.id);
  });

  it('an upgraded register that holds no profile and no letter gets no id yet', async () => {
    const name = uniqueName('empty');
    await seedVersionFixture(name, 1, VERSION_1_STORES, {});
    const db = new OvopDatabase(name);
    await db.open();
    expect(await db.settings.count()).toBe(0);
    db.close();
  });

  it('assignOfficeIdentity keeps an id already there and leaves other rows untouched', () => {
    const rows = {
      settings: [{ key: OFFICE_ID_KEY, value: 'sudah-ada' }],
      letters: [{ id: 'l', officeId: 'kantor' }],
      letterRegister: [],
    };
    const kept = assignOfficeIdentity(rows, () => 'baru');
    expect(kept.officeId).toBe('sudah-ada');
    expect(kept.letters[0]).toBe(rows.letters[0]);
    const given = assignOfficeIdentity({ ...rows, settings: [] }, () => 'baru');
    expect(
      assignOfficeIdentity({ settings: [], letters: [], letterRegister: [] }, () => 'baru'),
    ).toMatchObject({ officeId: undefined, settings: [] });
    expect(given.officeId).toBe('baru');
    expect(given.settings).toEqual([{ key: OFFICE_ID_KEY, value: 'baru' }]);
    expect(given.letters).toEqual([{ id: 'l', officeId: 'baru' }]);
  });
});
