import { describe, expect, it } from 'vitest';
import { DATABASE_VERSION, openDatabase } from '../../../../renderer/src/db/database';
import { VERSION_1_STORES } from '../../../../renderer/src/db/migrations/0001-initial';
import {
  PRE_UPGRADE_FORMAT,
  snapshotBeforeUpgrade,
  type SnapshotWriter,
} from '../../../../renderer/src/db/safety/pre-upgrade-snapshot';
import { restoreAll } from '../../../../renderer/src/db/safety/snapshot';
import { seedVersionFixture, version1Fixture } from '../../../support/factories/db';

const uniqueName = (label: string): string =>
  `pre-upgrade-${label}-${Math.random().toString(36).slice(2)}`;

/** The v1 register fixture plus one stored file, so binary values are covered too. */
function version1RegisterWithBlob(): Record<string, readonly object[]> {
  return {
    ...version1Fixture(),
    blobs: [
      {
        hash: 'bacdef9c76b37eb70caaf81ea41ecddd56d625b72e453de5eabbd59745279847',
        bytes: new Uint8Array([1, 2, 3, 250]),
        size: 4,
      },
    ],
  };
}

function capturingWriter(): { writer: SnapshotWriter; written: Uint8Array[] } {
  const written: Uint8Array[] = [];
  return {
    written,
    writer: (bytes) => {
      written.push(bytes);
      return Promise.resolve();
    },
  };
}

async function nativeVersionOf(name: string): Promise<number | undefined> {
  return (await indexedDB.databases()).find((info) => info.name === name)?.version;
}

describe('snapshotBeforeUpgrade', () => {
  it('writes every row of a version-1 register before the upgrade, which then runs normally', async () => {
    const name = uniqueName('v1');
    const rows = version1RegisterWithBlob();
    await seedVersionFixture(name, 1, VERSION_1_STORES, rows);
    const { writer, written } = capturingWriter();

    const result = await snapshotBeforeUpgrade({ name, targetVersion: DATABASE_VERSION, writer });

    expect(result).toEqual({ written: true, fromVersion: 1 });
    expect(written).toHaveLength(1);
    const snapshot = JSON.parse(new TextDecoder().decode(written[0])) as {
      format: string;
      fromVersion: number;
      toVersion: number;
      tables: Record<string, unknown[]>;
    };
    expect(snapshot.format).toBe(PRE_UPGRADE_FORMAT);
    expect(snapshot.fromVersion).toBe(1);
    expect(snapshot.toVersion).toBe(DATABASE_VERSION);
    expect(Object.keys(snapshot.tables).sort()).toEqual(Object.keys(VERSION_1_STORES).sort());
    expect(snapshot.tables.sentras).toEqual(rows.sentras);
    expect(snapshot.tables.enterprises).toEqual(rows.enterprises);
    expect(snapshot.tables.audit).toEqual(rows.audit);
    expect(snapshot.tables.settings).toEqual(rows.settings);
    expect(snapshot.tables.blobs).toEqual([
      {
        hash: 'bacdef9c76b37eb70caaf81ea41ecddd56d625b72e453de5eabbd59745279847',
        size: 4,
        base64: 'AQID+g==',
      },
    ]);
    expect(snapshot.tables.letters).toEqual([]);

    const { db } = await openDatabase(name);
    expect(db.backendDB().version).toBe(DATABASE_VERSION * 10);
    expect((await db.enterprises.get('e-1'))?.name).toBe('UD Tanah Liat');
    db.close();

    // The file is an ordinary register snapshot: the normal restore reads it back (v1 rows upgraded).
    const { db: fresh } = await openDatabase(uniqueName('restored'));
    await restoreAll(fresh, JSON.parse(new TextDecoder().decode(written[0])) as unknown);
    expect((await fresh.enterprises.get('e-1'))?.name).toBe('UD Tanah Liat');
    expect(Array.from((await fresh.blobs.toArray())[0]?.bytes ?? [])).toEqual([1, 2, 3, 250]);
    fresh.close();
  });

  it('refuses to go on when the snapshot cannot be written: Indonesian error, register stays at its old version', async () => {
    const name = uniqueName('fail');
    await seedVersionFixture(name, 1, VERSION_1_STORES, version1Fixture());
    const writer: SnapshotWriter = () => Promise.reject(new Error('Ruang disk tidak cukup.'));

    await expect(
      snapshotBeforeUpgrade({ name, targetVersion: DATABASE_VERSION, writer }),
    ).rejects.toThrow(
      'Cadangan sebelum pembaruan basis data gagal ditulis: Ruang disk tidak cukup. Basis data tidak diperbarui.',
    );
    expect(await nativeVersionOf(name)).toBe(10);
  });

  it('does nothing on a fresh install (and does not create the database)', async () => {
    const name = uniqueName('fresh');
    const { writer, written } = capturingWriter();

    expect(await snapshotBeforeUpgrade({ name, targetVersion: DATABASE_VERSION, writer })).toEqual({
      written: false,
    });
    expect(written).toHaveLength(0);
    expect(await nativeVersionOf(name)).toBeUndefined();
  });

  it('does nothing when the register is already at the current version', async () => {
    const name = uniqueName('current');
    const { db } = await openDatabase(name);
    await db.settings.put({ key: 'userName', value: 'Ahmad' });
    db.close();
    const { writer, written } = capturingWriter();

    expect(await snapshotBeforeUpgrade({ name, targetVersion: DATABASE_VERSION, writer })).toEqual({
      written: false,
    });
    expect(written).toHaveLength(0);
  });
});
