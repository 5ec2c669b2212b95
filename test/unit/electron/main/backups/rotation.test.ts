import { describe, expect, it } from 'vitest';
import type { RotationEntry } from '../../../../../electron/main/backups/rotation';
import { chooseSnapshotsToDelete, isoWeekKey } from '../../../../../electron/main/backups/rotation';
import type { SnapshotReason } from '../../../../../electron/main/backups/snapshot-names';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2024-05-21T10:00:00Z');

function entry(reason: SnapshotReason, daysAgo: number, hour = 9): RotationEntry {
  const createdAt = new Date(now.getTime() - daysAgo * DAY);
  createdAt.setUTCHours(hour, 0, 0, 0);
  return { name: `${reason}-${daysAgo}-${hour}`, reason, createdAt };
}

describe('chooseSnapshotsToDelete', () => {
  it('keeps the newest daily of the last 7 days plus one per week for 4 weeks', () => {
    const daily = Array.from({ length: 60 }, (_, d) => entry('daily', d));
    const doomed = new Set(chooseSnapshotsToDelete(daily, now));
    const kept = daily.filter((e) => !doomed.has(e.name));
    // 7 days (0..6) plus the newest of older weeks until 4 weeks are covered.
    for (let d = 0; d < 7; d += 1) expect(kept.map((e) => e.name)).toContain(`daily-${d}-9`);
    const weeks = new Set(kept.map((e) => isoWeekKey(e.createdAt)));
    expect(weeks.size).toBe(4);
    expect(kept.length).toBeLessThanOrEqual(7 + 4);
    expect(doomed.has('daily-59-9')).toBe(true);
  });

  it('keeps only the newest daily of one day', () => {
    const early = entry('daily', 0, 1);
    const late = entry('daily', 0, 8);
    expect(chooseSnapshotsToDelete([early, late], now)).toEqual([early.name]);
  });

  it('keeps every pre-import snapshot for 30 days, and the newest one even when older', () => {
    const recent = [entry('pre-import', 1), entry('pre-import', 1, 5), entry('pre-import', 29)];
    const old = [entry('pre-import', 31), entry('pre-import', 45)];
    const doomed = chooseSnapshotsToDelete([...recent, ...old], now);
    expect(doomed.sort()).toEqual(old.map((e) => e.name).sort());
    const onlyOld = chooseSnapshotsToDelete(old, now);
    expect(onlyOld).toEqual([old[1]?.name]);
  });

  it('never deletes manual snapshots and honours a custom policy', () => {
    const manual = Array.from({ length: 20 }, (_, d) => entry('manual', d * 10));
    expect(chooseSnapshotsToDelete(manual, now)).toEqual([]);
    const daily = Array.from({ length: 5 }, (_, d) => entry('daily', d));
    const policy = {
      keepDaily: 2,
      keepWeekly: 0,
      keepPreImportDays: 30,
      keepPreMergeDays: 30,
      keepPreUpgrade: 1,
    };
    expect(chooseSnapshotsToDelete(daily, now, policy)).toEqual([
      'daily-2-9',
      'daily-3-9',
      'daily-4-9',
    ]);
  });
});

describe('isoWeekKey', () => {
  it('follows ISO-8601 weeks across a year boundary', () => {
    expect(isoWeekKey(new Date('2024-12-30T12:00:00Z'))).toBe('2025-W01');
    expect(isoWeekKey(new Date('2021-01-03T12:00:00Z'))).toBe('2020-W53');
    expect(isoWeekKey(new Date('2024-05-21T12:00:00Z'))).toBe('2024-W21');
  });
});
