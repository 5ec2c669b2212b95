import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DATABASE_NAME,
  DATABASE_VERSION,
  openDatabase,
} from '../../../../renderer/src/db/database';
import { openRegisterEarly } from '../../../../renderer/src/db/early-open';

const uniqueName = (label: string): string =>
  `early-open-${label}-${Math.random().toString(36).slice(2)}`;

async function nativeVersion(name: string): Promise<number | undefined> {
  return (await indexedDB.databases()).find((d) => d.name === name)?.version;
}

function deleteDatabase(name: string): Promise<'deleted' | 'blocked'> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onblocked = () => resolve('blocked');
    request.onsuccess = () => resolve('deleted');
    request.onerror = () => reject(request.error ?? new Error('delete failed'));
  });
}

/** Opens `name` at `version` raw, reporting whether an older connection held the upgrade up. */
function openAt(name: string, version: number): Promise<{ blocked: boolean; db: IDBDatabase }> {
  return new Promise((resolve, reject) => {
    let blocked = false;
    const request = indexedDB.open(name, version);
    request.onblocked = () => {
      blocked = true;
    };
    request.onsuccess = () => resolve({ blocked, db: request.result });
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

async function existingRegister(name: string): Promise<void> {
  const { db } = await openDatabase(name);
  db.close();
}

afterEach(() => {
  vi.useRealTimers();
});

describe('openRegisterEarly', () => {
  it('leaves a register that does not exist yet alone: nothing is created', async () => {
    const name = uniqueName('none');
    await expect(openRegisterEarly(indexedDB, name)).resolves.toBe(false);
    expect(await nativeVersion(name)).toBeUndefined();
  });

  it('opens an existing register at the version it has, changing nothing', async () => {
    const name = uniqueName('existing');
    await existingRegister(name);
    const before = await nativeVersion(name);
    expect(before).toBe(DATABASE_VERSION * 10);
    await expect(openRegisterEarly(indexedDB, name)).resolves.toBe(true);
    expect(await nativeVersion(name)).toBe(before);
    // The app's own open works beside the early connection.
    const { db } = await openDatabase(name);
    expect(db.verno).toBe(DATABASE_VERSION);
    db.close();
  });

  it('steps aside for an upgrade and for a deletion instead of blocking them', async () => {
    const name = uniqueName('upgrade');
    await existingRegister(name);
    await openRegisterEarly(indexedDB, name);
    const upgrade = await openAt(name, DATABASE_VERSION * 10 + 1);
    expect(upgrade.blocked).toBe(false);
    upgrade.db.close();

    await openRegisterEarly(indexedDB, name);
    await expect(deleteDatabase(name)).resolves.toBe('deleted');
    expect(await nativeVersion(name)).toBeUndefined();
  });

  it('closes its connection by itself after the hold time', async () => {
    const name = uniqueName('hold');
    await existingRegister(name);
    const opened: IDBDatabase[] = [];
    const factory: IDBFactory = {
      databases: () => indexedDB.databases(),
      cmp: (a, b) => indexedDB.cmp(a, b),
      deleteDatabase: (n) => indexedDB.deleteDatabase(n),
      open: (n, v) => {
        const request = indexedDB.open(n, v);
        request.addEventListener('success', () => opened.push(request.result));
        return request;
      },
    };
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await expect(openRegisterEarly(factory, name, 5_000)).resolves.toBe(true);
    const db = opened[0];
    if (!db) throw new Error('no connection was opened');
    const close = vi.spyOn(db, 'close');
    vi.advanceTimersByTime(4_999);
    expect(close).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(close).toHaveBeenCalledOnce();
  });

  it('looks for the register under the app database name by default', async () => {
    await existingRegister(DATABASE_NAME);
    try {
      await expect(openRegisterEarly()).resolves.toBe(true);
    } finally {
      await deleteDatabase(DATABASE_NAME);
    }
  });
});
