import type Dexie from 'dexie';
import { DEFAULT_OFFICE_ID } from './0002-letter-register';

/**
 * Version 7: every installation has its own office id. Until version 6 every register called its
 * office `kantor`, so at the province a kab/kota's letter that arrived in a bundle looked like the
 * province's own. From version 7 the settings row `officeId` holds an id generated once: an
 * existing register with a profile or letters gets it during this upgrade (letters and number
 * register rows of `kantor` move to it, so numbering goes on where it stopped); any other register
 * when its profile is first saved or its first letter is made (`ensureOfficeId`). A new register
 * stays empty until then, so the loss check still tells a wiped register from a new one.
 *
 * No index changes. The row function is pure and idempotent; the snapshot restore runs it too, so
 * a backup made before version 7 restores with an id of its own.
 */
export const OFFICE_ID_KEY = 'officeId';
/** The id every office had before version 7. */
export const LEGACY_OFFICE_ID = DEFAULT_OFFICE_ID;

type Row = Record<string, unknown>;

export interface OfficeIdentityRows {
  offices?: readonly Row[];
  settings: readonly Row[];
  letters: readonly Row[];
  letterRegister: readonly Row[];
}

/** The stored office id of a settings table, if any. */
function officeIdOfSettings(settings: readonly Row[]): string | undefined {
  const value = settings.find((row) => row.key === OFFICE_ID_KEY)?.value;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Gives the register an office id (`newId`) unless it has one, and moves letters and number rows of
 * the legacy `kantor` to it. Rows without `kantor` are returned unchanged (same objects).
 */
export function assignOfficeIdentity(
  rows: OfficeIdentityRows,
  newId: () => string,
): OfficeIdentityRows & { officeId: string | undefined } {
  const existing = officeIdOfSettings(rows.settings);
  if (existing) return { ...rows, officeId: existing };
  // Nothing names the office yet: it gets its id when something first does.
  if ((rows.offices ?? []).length === 0 && rows.letters.length === 0)
    return { ...rows, officeId: undefined };
  const officeId = newId();
  const move = (row: Row): Row => (row.officeId === LEGACY_OFFICE_ID ? { ...row, officeId } : row);
  return {
    ...rows,
    officeId,
    settings: [...rows.settings, { key: OFFICE_ID_KEY, value: officeId }],
    letters: rows.letters.map(move),
    letterRegister: rows.letterRegister.map(move),
  };
}

export function applyVersion7(db: Dexie): void {
  const newId = () => crypto.randomUUID();
  db.version(7)
    .stores({})
    .upgrade(async (tx) => {
      const settings = tx.table<Row, string>('settings');
      const letters = tx.table<Row, string>('letters');
      const register = tx.table<Row, number>('letterRegister');
      const before = {
        offices: await tx.table<Row, string>('offices').toArray(),
        settings: await settings.toArray(),
        letters: await letters.toArray(),
        letterRegister: await register.toArray(),
      };
      const after = assignOfficeIdentity(before, newId);
      await settings.bulkPut(after.settings.filter((row, i) => row !== before.settings[i]));
      await letters.bulkPut(after.letters.filter((row, i) => row !== before.letters[i]));
      await register.bulkPut(
        after.letterRegister.filter((row, i) => row !== before.letterRegister[i]),
      );
    });
}
