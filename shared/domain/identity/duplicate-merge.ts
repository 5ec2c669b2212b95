import type { DuplicateGroup } from './duplicates';
import { IDENTITY_KINDS, type IdentityKind, type IdentityRecord } from './record-keys';

export interface DuplicateMergeWrite {
  kind: IdentityKind;
  row: IdentityRecord;
}

function repoint(row: IdentityRecord, remap: ReadonlyMap<string, string>): IdentityRecord {
  const out: Record<string, unknown> = { ...row };
  let changed = false;
  for (const [key, value] of Object.entries(row)) {
    if (key !== 'id' && key.endsWith('Id') && typeof value === 'string' && remap.has(value)) {
      out[key] = remap.get(value);
      changed = true;
    }
  }
  const owner = row.owner as { id?: unknown } | undefined;
  if (owner && typeof owner.id === 'string' && remap.has(owner.id)) {
    out.owner = { ...owner, id: remap.get(owner.id) };
    changed = true;
  }
  return changed ? (out as IdentityRecord) : row;
}

/**
 * The rows to write to merge duplicate groups: each merged record is soft-deleted (kept, undoable,
 * with its history) and every reference to it, in any kind, is pointed at the record that stays.
 * `at` is the caller's clock.
 */
export function duplicateMergeWrites(
  data: Readonly<Partial<Record<IdentityKind, readonly IdentityRecord[]>>>,
  groups: readonly DuplicateGroup[],
  at: string,
): DuplicateMergeWrite[] {
  const remap = new Map<string, string>();
  for (const group of groups) for (const row of group.merge) remap.set(row.id, group.keep.id);
  const writes: DuplicateMergeWrite[] = [];
  for (const kind of IDENTITY_KINDS) {
    for (const row of data[kind] ?? []) {
      if (remap.has(row.id)) {
        writes.push({ kind, row: { ...row, deletedAt: at, updatedAt: at } });
        continue;
      }
      const next = repoint(row, remap);
      if (next !== row) writes.push({ kind, row: { ...next, updatedAt: at } });
    }
  }
  return writes;
}
