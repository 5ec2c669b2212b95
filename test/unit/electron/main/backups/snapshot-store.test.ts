import { readFileSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  manifestNameOf,
  parseSnapshotName,
} from '../../../../../electron/main/backups/snapshot-names';
import { SnapshotStore, volumeSpace } from '../../../../../electron/main/backups/snapshot-store';
import { makeBytes, makeClock, makeTempDir, sha256 } from '../../../../support/factories/electron';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

describe('SnapshotStore', () => {
  it('writes a snapshot with a manifest and reads the same bytes back', async () => {
    const store = new SnapshotStore(temp.dir, { now: makeClock('2024-05-21T08:00:00Z') });
    const bytes = makeBytes(500);
    const { snapshot } = await store.write('pre-import', bytes);
    expect(snapshot).toMatchObject({
      reason: 'pre-import',
      size: 500,
      sha256: sha256(bytes),
      usable: true,
    });
    const manifest = JSON.parse(
      readFileSync(join(temp.dir, manifestNameOf(snapshot.name)), 'utf8'),
    ) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      name: snapshot.name,
      sha256: sha256(bytes),
      size: 500,
      createdAt: '2024-05-21T08:00:00.000Z',
    });
    expect(await store.read(snapshot.name)).toEqual(bytes);
  });

  it('lists newest first', async () => {
    const store = new SnapshotStore(temp.dir, { now: makeClock('2024-05-21T08:00:00Z', 60_000) });
    const first = await store.write('manual', makeBytes(10, 1));
    const second = await store.write('pre-merge', makeBytes(10, 2));
    expect((await store.list()).map((s) => s.name)).toEqual([
      second.snapshot.name,
      first.snapshot.name,
    ]);
  });

  it('never offers a truncated snapshot: listed unusable and refused on read', async () => {
    const store = new SnapshotStore(temp.dir, { now: makeClock('2024-05-21T08:00:00Z') });
    const { snapshot } = await store.write('daily', makeBytes(1000));
    truncateSync(join(temp.dir, snapshot.name), 400);
    const [listed] = await store.list();
    expect(listed).toMatchObject({ name: snapshot.name, usable: false, sha256: null });
    expect(listed?.problem).toMatch(/terpotong/);
    await expect(store.read(snapshot.name)).rejects.toThrow(/tidak dapat dipakai/);
  });

  it('treats a snapshot whose writer died before the manifest as unusable, and ignores temp files', async () => {
    const store = new SnapshotStore(temp.dir, { now: makeClock('2024-05-21T08:00:00Z') });
    await store.write('manual', makeBytes(10));
    // What a killed writer leaves: a half-written temp file, or a renamed file with no manifest yet.
    writeFileSync(
      join(temp.dir, '.tmp-snapshot-20240521T090000000Z-daily.ovopsnap-abc'),
      makeBytes(5),
    );
    writeFileSync(join(temp.dir, 'snapshot-20240521T090000000Z-daily.ovopsnap'), makeBytes(50));
    const listed = await store.list();
    expect(listed.map((s) => [s.name, s.usable])).toEqual([
      ['snapshot-20240521T090000000Z-daily.ovopsnap', false],
      ['snapshot-20240521T080000000Z-manual.ovopsnap', true],
    ]);
    await expect(store.read('snapshot-20240521T090000000Z-daily.ovopsnap')).rejects.toThrow(
      /Manifest tidak ada/,
    );
  });

  it('refuses names it did not issue', async () => {
    const store = new SnapshotStore(temp.dir, { now: makeClock('2024-05-21T08:00:00Z') });
    await store.write('manual', makeBytes(10));
    writeFileSync(join(temp.dir, 'notes.txt'), 'bukan cadangan');
    for (const name of [
      '../../etc/passwd',
      'notes.txt',
      manifestNameOf('snapshot-20240521T080000000Z-manual.ovopsnap'),
    ]) {
      await expect(store.read(name)).rejects.toThrow(/tidak dikenal/);
    }
    await expect(store.read('snapshot-20230101T000000000Z-manual.ovopsnap')).rejects.toThrow(
      /tidak ditemukan/,
    );
  });

  it('rotates on every write: an eighth daily snapshot on a new day removes the oldest day', async () => {
    const clock = makeClock('2024-05-01T08:00:00Z', 24 * 60 * 60 * 1000);
    const store = new SnapshotStore(temp.dir, {
      now: clock,
      policy: {
        keepDaily: 7,
        keepWeekly: 0,
        keepPreImportDays: 30,
        keepPreMergeDays: 30,
        keepPreUpgrade: 5,
      },
    });
    const names: string[] = [];
    const removedAll: string[] = [];
    for (let day = 0; day < 8; day += 1) {
      const { snapshot, removed } = await store.write('daily', makeBytes(20, day));
      names.push(snapshot.name);
      removedAll.push(...removed);
    }
    expect(removedAll).toEqual([names[0]]);
    const remaining = readdirSync(temp.dir).filter((n) => parseSnapshotName(n));
    expect(remaining.sort()).toEqual(names.slice(1).sort());
    expect(readdirSync(temp.dir)).not.toContain(manifestNameOf(names[0] ?? ''));
  });

  it('reports free space on the volume', async () => {
    const space = await volumeSpace(temp.dir);
    expect(space.freeBytes).toBeGreaterThan(0);
    expect(space.totalBytes).toBeGreaterThanOrEqual(space.freeBytes);
  });
});
