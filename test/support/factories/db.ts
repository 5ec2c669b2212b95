import Dexie from 'dexie';
import type { Letter } from '@shared/domain/letter';
import {
  createContext,
  USER_NAME_KEY,
  type RepositoryContext,
} from '../../../renderer/src/db/context';
import { OvopDatabase } from '../../../renderer/src/db/database';
import { provinceLetter, provinceOffice } from './letter';

let dbCounter = 0;

/** A fresh database with a unique name (fake-indexeddb keeps databases per test file). */
export function makeDatabase(prefix = 'test'): OvopDatabase {
  dbCounter += 1;
  return new OvopDatabase(`${prefix}-${dbCounter}-${Math.random().toString(36).slice(2)}`);
}

/**
 * Repository context with a stepping clock (each call one second later) and sequential ids, so
 * audit rows and timestamps are predictable. `userName` is stored in settings like the app does.
 */
export async function makeContext(
  options: { userName?: string; start?: string } = {},
): Promise<RepositoryContext> {
  const db = makeDatabase();
  await db.open();
  if (options.userName) await db.settings.put({ key: USER_NAME_KEY, value: options.userName });
  let tick = Date.parse(options.start ?? '2026-03-01T08:00:00.000Z');
  let id = 0;
  return createContext(db, {
    now: () => new Date((tick += 1000)),
    newId: () => `id-${String((id += 1)).padStart(6, '0')}`,
  });
}

/**
 * Migration fixtures: creates database `name` at an OLD schema version with raw rows, using the
 * stores of that version only, then closes it. Opening it afterwards with `new OvopDatabase(name)`
 * runs every upgrade from there. Keep one fixture per released version (see migration tests).
 */
export async function seedVersionFixture(
  name: string,
  version: number,
  stores: Record<string, string>,
  rows: Record<string, readonly object[]>,
): Promise<void> {
  const old = new Dexie(name);
  old.version(version).stores(stores);
  await old.open();
  const tables = Object.keys(rows);
  if (tables.length > 0)
    await old.transaction('rw', tables, async () => {
      for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd([...list]);
    });
  old.close();
}

/** The form part of a factory-made entity (what a user types): no id, no timestamps. */
export function formOf<
  T extends { id: unknown; createdAt: unknown; updatedAt: unknown; deletedAt?: unknown },
>(entity: T): Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'> {
  const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...form } = entity;
  return form;
}

/**
 * Rows exactly as schema version 1 stored them (records, not entities). When version 2 ships, keep
 * this function unchanged (it is the v1 fixture) and add `version2Fixture()` next to it.
 */
export function version1Fixture(): Record<string, readonly object[]> {
  const at = '2026-01-05T02:00:00.000Z';
  const meta = { schemaVersion: 1, revision: 1, live: 1 } as const;
  return {
    sentras: [
      {
        ...meta,
        id: 's-1',
        name: 'Sentra Gerabah Banjar',
        commodity: 'gerabah',
        regionCode: '63.03.07.2001',
        address: '',
        unitCount: 7,
        workerCount: 20,
        notes: '',
        createdAt: at,
        updatedAt: at,
        nameKey: 'sentra gerabah banjar',
        words: ['sentra', 'gerabah', 'banjar'],
        kabKotaCode: '63.03',
        enterpriseCount: 1,
      },
    ],
    enterprises: [
      {
        ...meta,
        id: 'e-1',
        name: 'UD Tanah Liat',
        ownerName: 'Ahmad',
        nib: '9120000000099',
        address: '',
        regionCode: '63.03.07.2001',
        phone: '',
        email: '',
        workerCount: 5,
        investmentRupiah: 50_000_000,
        sentraId: 's-1',
        isLeadFirm: true,
        notes: '',
        createdAt: at,
        updatedAt: at,
        nameKey: 'ud tanah liat',
        words: ['ud', 'tanah', 'liat', 'ahmad'],
        kabKotaCode: '63.03',
        sizeClass: 'kecil',
        commodity: 'gerabah',
      },
      {
        ...meta,
        live: 0,
        id: 'e-2',
        name: 'CV Dihapus',
        ownerName: 'Rina',
        nib: '9120000000098',
        address: '',
        regionCode: '63.03.07.2001',
        phone: '',
        email: '',
        workerCount: 5,
        investmentRupiah: 50_000_000,
        isLeadFirm: false,
        notes: '',
        createdAt: at,
        updatedAt: at,
        deletedAt: at,
        nameKey: 'cv dihapus',
        words: ['cv', 'dihapus', 'rina'],
        kabKotaCode: '63.03',
        sizeClass: 'kecil',
      },
    ],
    audit: [
      { id: 'a-1', at, user: 'Ahmad', entity: 'enterprise', entityId: 'e-1', action: 'create' },
    ],
    settings: [{ key: 'userName', value: 'Ahmad' }],
  };
}

/**
 * Letter rows exactly as schema version 1 stored them: the whole letter in `body`, register rows
 * without office or sequence (2024: a final letter, then one cancelled after numbering; a draft
 * without number; 2025: one final letter). Keep unchanged: it is the v1 fixture of migration 0002.
 */
export function version1LetterFixture(): Record<string, readonly object[]> {
  const office = provinceOffice({ id: 'kantor' });
  const at = '2024-05-21T08:00:00.000Z';
  const letter = (id: string, rows: number, overrides: Partial<Letter>): Letter => {
    // Version 1 letters had no cited request letter and were dated in 2024.
    const { requestLetter: _none, ...v1Letter } = provinceLetter(
      rows,
      {
        id,
        officeId: 'kantor',
        roundId: 'ronde-2024',
        date: '2024-05-21',
        createdAt: at,
        updatedAt: at,
        ...overrides,
      },
      office,
    );
    return v1Letter;
  };
  const final = letter('surat-1', 2, {
    status: 'final',
    number: '500.9/1/Disperin/2024',
    finalisedAt: at,
    officeSnapshot: office,
  });
  const cancelled = letter('surat-2', 1, {
    status: 'cancelled',
    number: '500.9/2/Disperin/2024',
    cancelledAt: at,
  });
  const draft = letter('surat-3', 3, { status: 'draft' });
  const next = letter('surat-4', 1, {
    status: 'final',
    number: '500.9/1/Disperin/2025',
    date: '2025-01-06',
    finalisedAt: at,
  });
  const v1 = (l: Letter) => ({
    id: l.id,
    roundId: l.roundId,
    body: l,
    createdAt: l.createdAt,
    updatedAt: l.updatedAt,
  });
  return {
    letters: [v1(final), v1(cancelled), v1(draft), v1(next)],
    letterRegister: [
      { seq: 1, number: '500.9/1/Disperin/2024', year: 2024, letterId: 'surat-1', at },
      { seq: 2, number: '500.9/2/Disperin/2024', year: 2024, letterId: 'surat-2', at },
      { seq: 3, number: '500.9/1/Disperin/2025', year: 2025, letterId: 'surat-4', at },
    ],
  };
}
