import type Dexie from 'dexie';

/**
 * Version 2: letters become first-class records and the number register knows its office and
 * sequence.
 *
 * - `letters`: version 1 stored `{ id, roundId, body: <whole Letter>, createdAt, updatedAt }`; from
 *   version 2 the record IS the letter (`body` is then the letter's own text block) plus
 *   `schemaVersion: 2` and `nominationIds` (multi-entry index: which letter lists a nomination).
 * - `letterRegister`: rows gain `officeId` and `sequence` (the `{urut}` of the number), indexed by
 *   `[officeId+year]` and unique on `[officeId+year+sequence]`, so two windows can never store the
 *   same number.
 *
 * The row functions are pure and idempotent (an already upgraded row is returned unchanged); the
 * snapshot restore runs them too, so a version-1 backup restores into a version-2 register.
 */
export const VERSION_2_STORES = {
  letters: 'id, roundId, status, *nominationIds',
  letterRegister: '++seq, number, year, letterId, [officeId+year], &[officeId+year+sequence]',
} as const;

export const LETTER_RECORD_VERSION = 2;
/** The one office of the app (see officeRepository); version-1 rows had no office id. */
export const DEFAULT_OFFICE_ID = 'kantor';

type Row = Record<string, unknown>;

const isObject = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Version-1 letter rows keep the whole letter in `body`: recognised by `body.id` and `body.annexes`. */
function isVersion1Letter(row: Row): row is Row & { body: Row } {
  return isObject(row.body) && typeof row.body.id === 'string' && Array.isArray(row.body.annexes);
}

/** Ids of the nominations a letter's lampiran lists (a letter of layout 2, or anything letter-shaped). */
export function nominationIdsOf(letter: Row): string[] {
  const ids = new Set<string>();
  const annexes = Array.isArray(letter.annexes) ? letter.annexes : [];
  for (const annex of annexes) {
    const rows = isObject(annex) && Array.isArray(annex.rows) ? annex.rows : [];
    for (const row of rows)
      if (isObject(row) && typeof row.nominationId === 'string') ids.add(row.nominationId);
  }
  return [...ids];
}

/** A letter row of any layout → layout 2 (unchanged when already upgraded or unreadable). */
export function upgradeLetterRow(row: Row): Row {
  if (!isVersion1Letter(row)) return row;
  const letter = row.body;
  return {
    ...letter,
    roundId: letter.roundId ?? row.roundId,
    schemaVersion: LETTER_RECORD_VERSION,
    nominationIds: nominationIdsOf(letter),
  };
}

/**
 * Register rows of any layout → layout 2. The office comes from the letter (or the app's one office);
 * a missing sequence is the row's rank within its office and year in claim order (`seq`), after the
 * highest sequence already present — exactly how version 1 numbered them.
 */
export function upgradeRegisterRows(rows: readonly Row[], letters: readonly Row[]): Row[] {
  const officeOf = new Map<string, string>();
  for (const l of letters.map(upgradeLetterRow))
    if (typeof l.id === 'string' && typeof l.officeId === 'string') officeOf.set(l.id, l.officeId);
  const sorted = [...rows].sort((a, b) => Number(a.seq ?? 0) - Number(b.seq ?? 0));
  const highest = new Map<string, number>();
  const keyOf = (officeId: string, year: unknown) => `${officeId}|${String(year)}`;
  const withOffice = sorted.map((row): Row & { officeId: string } => {
    const letterId = typeof row.letterId === 'string' ? row.letterId : '';
    const officeId =
      typeof row.officeId === 'string'
        ? row.officeId
        : (officeOf.get(letterId) ?? DEFAULT_OFFICE_ID);
    if (typeof row.sequence === 'number')
      highest.set(
        keyOf(officeId, row.year),
        Math.max(highest.get(keyOf(officeId, row.year)) ?? 0, row.sequence),
      );
    return { ...row, officeId, letterId };
  });
  return withOffice.map((row): Row => {
    if (typeof row.sequence === 'number') return row;
    const key = keyOf(row.officeId, row.year);
    const sequence = (highest.get(key) ?? 0) + 1;
    highest.set(key, sequence);
    return { ...row, sequence };
  });
}

export function applyVersion2(db: Dexie): void {
  db.version(2)
    .stores(VERSION_2_STORES)
    .upgrade(async (tx) => {
      const letters = tx.table<Row, string>('letters');
      const register = tx.table<Row, number>('letterRegister');
      const letterRows = await letters.toArray();
      const upgraded = letterRows.map(upgradeLetterRow);
      await letters.bulkPut(upgraded.filter((row, i) => row !== letterRows[i]));
      await register.bulkPut(upgradeRegisterRows(await register.toArray(), letterRows));
    });
}
