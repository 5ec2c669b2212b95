import type { SnapshotReason } from './snapshot-names';

/** How many snapshots of each kind survive rotation. Manual snapshots are never deleted. */
export interface RotationPolicy {
  /** Newest daily snapshot of each of this many most recent days. */
  readonly keepDaily: number;
  /** Newest daily snapshot of each of this many most recent ISO weeks. */
  readonly keepWeekly: number;
  /** Every pre-import snapshot younger than this many days. */
  readonly keepPreImportDays: number;
  /** Every pre-merge snapshot younger than this many days. */
  readonly keepPreMergeDays: number;
  /** This many newest pre-upgrade snapshots. */
  readonly keepPreUpgrade: number;
}

export const defaultRotationPolicy: RotationPolicy = {
  keepDaily: 7,
  keepWeekly: 4,
  keepPreImportDays: 30,
  keepPreMergeDays: 30,
  keepPreUpgrade: 5,
};

export interface RotationEntry {
  readonly name: string;
  readonly reason: SnapshotReason;
  readonly createdAt: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function dayKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** ISO-8601 week (UTC) as `YYYY-Www`. */
export function isoWeekKey(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The newest entry of each of the `count` most recent groups. */
function newestPerGroup(
  sorted: readonly RotationEntry[],
  key: (d: Date) => string,
  count: number,
): string[] {
  const kept: string[] = [];
  const seen = new Set<string>();
  for (const entry of sorted) {
    const k = key(entry.createdAt);
    if (seen.has(k)) continue;
    if (seen.size >= count) break;
    seen.add(k);
    kept.push(entry.name);
  }
  return kept;
}

/**
 * Names of usable snapshots rotation may delete. Pure: `now` is a parameter. The newest snapshot
 * overall and the newest of each reason are always kept, so rotation never leaves a kind empty.
 */
export function chooseSnapshotsToDelete(
  entries: readonly RotationEntry[],
  now: Date,
  policy: RotationPolicy = defaultRotationPolicy,
): string[] {
  const sorted = [...entries].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const keep = new Set<string>();
  if (sorted[0]) keep.add(sorted[0].name);
  const byReason = (reason: SnapshotReason): RotationEntry[] =>
    sorted.filter((e) => e.reason === reason);
  for (const reason of ['pre-import', 'pre-merge', 'pre-upgrade', 'daily', 'manual'] as const) {
    const newest = byReason(reason)[0];
    if (newest) keep.add(newest.name);
  }
  for (const entry of byReason('manual')) keep.add(entry.name);
  const daily = byReason('daily');
  for (const name of newestPerGroup(daily, dayKey, policy.keepDaily)) keep.add(name);
  for (const name of newestPerGroup(daily, isoWeekKey, policy.keepWeekly)) keep.add(name);
  const youngerThan = (days: number) => (e: RotationEntry) =>
    now.getTime() - e.createdAt.getTime() < days * DAY_MS;
  for (const e of byReason('pre-import').filter(youngerThan(policy.keepPreImportDays)))
    keep.add(e.name);
  for (const e of byReason('pre-merge').filter(youngerThan(policy.keepPreMergeDays)))
    keep.add(e.name);
  for (const e of byReason('pre-upgrade').slice(0, policy.keepPreUpgrade)) keep.add(e.name);
  return sorted.filter((e) => !keep.has(e.name)).map((e) => e.name);
}
