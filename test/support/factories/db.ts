import Dexie from 'dexie';
import { createContext, USER_NAME_KEY, type RepositoryContext } from '../../../renderer/src/db/context';
import { OvopDatabase } from '../../../renderer/src/db/database';

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
export async function makeContext(options: { userName?: string; start?: string } = {}): Promise<RepositoryContext> {
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
  await old.transaction('rw', Object.keys(rows), async () => {
    for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd([...list]);
  });
  old.close();
}

/** The form part of a factory-made entity (what a user types): no id, no timestamps. */
export function formOf<T extends { id: unknown; createdAt: unknown; updatedAt: unknown; deletedAt?: unknown }>(
  entity: T,
): Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'> {
  const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...form } = entity;
  return form;
}
