import {
  IDENTITY_KINDS,
  identityKey,
  type IdentityKind,
  type IdentityRecord,
  type IdentitySource,
} from './record-keys';

export interface DuplicateGroup {
  kind: IdentityKind;
  key: string;
  basis: string;
  /** The record that stays (the oldest), then the ones merged into it. */
  keep: IdentityRecord;
  merge: IdentityRecord[];
}

const live = (r: IdentityRecord): boolean => r.deletedAt === undefined;
const created = (r: IdentityRecord): string => (typeof r.createdAt === 'string' ? r.createdAt : '');

/**
 * Records of one register that the identity rules consider the same (e.g. three "OVOP 2026"
 * rounds from earlier merges). Weak keys (IKM without NIB) are never grouped here: those need an
 * officer's confirmation one by one. The oldest record of a group is kept.
 */
export function findDuplicates(
  data: Readonly<Partial<Record<IdentityKind, readonly IdentityRecord[]>>>,
  source: IdentitySource,
  kinds: readonly IdentityKind[] = IDENTITY_KINDS,
): DuplicateGroup[] {
  const groups: DuplicateGroup[] = [];
  for (const kind of kinds) {
    const byKey = new Map<string, { basis: string; rows: IdentityRecord[] }>();
    for (const row of (data[kind] ?? []).filter(live)) {
      const key = identityKey(kind, row, source);
      if (key.weak || key.key.startsWith(`${kind}#`)) continue;
      const entry = byKey.get(key.key) ?? { basis: key.basis, rows: [] };
      entry.rows.push(row);
      byKey.set(key.key, entry);
    }
    for (const [key, { basis, rows }] of byKey) {
      if (rows.length < 2) continue;
      const [keep, ...merge] = [...rows].sort(
        (a, b) => created(a).localeCompare(created(b)) || a.id.localeCompare(b.id),
      );
      if (keep) groups.push({ kind, key, basis, keep, merge });
    }
  }
  return groups;
}
