import {
  attachmentOwnerKind,
  IDENTITY_KINDS,
  type IdentityRecord,
  type IdentitySource,
} from '@shared/domain/identity/record-keys';
import { sameJson } from '@shared/sync/field-merge';
import { REFERENCE_FIELDS, SYNC_SCOPES, type SyncKind } from '@shared/sync/kinds';
import { expandStamps } from './field-stamps';
import { registerKey } from './identity';
import type { RecordRow } from './record-sql';

/** What re-keying the register changes; rows are named by kind and id. */
export interface RekeyPlan {
  /** Live records whose stored natural key differs from the key the current rules give. */
  keys: { kind: SyncKind; id: string; key: string | null }[];
  /** Duplicates by the current rules: each becomes a tombstone and an alias of the record kept. */
  merged: { kind: SyncKind; alias: string; id: string }[];
  /** Records whose references named a merged record, pointed at the record kept. */
  repointed: {
    kind: SyncKind;
    id: string;
    data: Record<string, unknown>;
    fields: string[];
    kabKota: string | null;
    previousKabKota: string | null;
  }[];
  /** Fields a merged duplicate held otherwise than the record kept: listed for people to settle. */
  conflicts: {
    kind: SyncKind;
    id: string;
    kabKota: string | null;
    field: string;
    kept: unknown;
    keptBy: string;
    other: unknown;
    otherBy: string;
  }[];
}

const refKey = (kind: string, id: string): string => `${kind}\u0000${id}`;
/** Bookkeeping fields are not people's data: never listed as differing. */
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt']);

/** When the record entered the register: its creation stamp, else its oldest field stamp. */
function createdAt(row: RecordRow): number {
  if (row.created_version !== null) return Number(row.created_version);
  const versions = Object.values(row.field_versions).map(Number);
  return versions.length ? Math.min(...versions) : Number(row.version);
}

/** The same reference rewrite a push applies to pushed fields, over a stored record's data. */
function repoint(
  kind: SyncKind,
  data: Record<string, unknown>,
  target: (kind: SyncKind, id: string) => string,
): { data: Record<string, unknown>; fields: string[] } {
  const out = { ...data };
  const fields: string[] = [];
  for (const [field, parentKind] of Object.entries(REFERENCE_FIELDS[kind] ?? {})) {
    const value = out[field];
    if (typeof value === 'string' && target(parentKind, value) !== value) {
      out[field] = target(parentKind, value);
      fields.push(field);
    }
  }
  const owner = out.owner as { type?: unknown; id?: unknown } | undefined;
  const ownerKind = kind === 'attachments' ? attachmentOwnerKind(owner?.type) : undefined;
  if (owner && ownerKind && typeof owner.id === 'string') {
    const id = target(ownerKind, owner.id);
    if (id !== owner.id) {
      out.owner = { ...owner, id };
      fields.push('owner');
    }
  }
  return { data: out, fields };
}

/**
 * Recomputes every live record's natural key with the current identity rules and merges the
 * records those rules say are one (the one that entered the register first is kept), kinds in
 * dependency order so a child is keyed through its parents' merged identity. `aliases` are the
 * register's existing aliases (alias → id per kind). Pure: the caller writes the plan.
 */
export function planRekey(
  live: readonly RecordRow[],
  aliases: ReadonlyMap<string, string>,
): RekeyPlan {
  const all = new Map(live.map((r) => [refKey(r.kind, r.id), r]));
  const rows = new Map(all);
  const remap = new Map(aliases);
  const target = (kind: SyncKind, id: string): string => remap.get(refKey(kind, id)) ?? id;
  const source: IdentitySource = {
    get(kind, id) {
      const row = rows.get(refKey(kind, target(kind, id)));
      return row ? ({ ...row.data, id: row.id } as IdentityRecord) : undefined;
    },
  };
  const plan: RekeyPlan = { keys: [], merged: [], repointed: [], conflicts: [] };
  const keyOf = new Map<RecordRow, string | null>();
  for (const kind of IDENTITY_KINDS) {
    const groups = new Map<string, RecordRow[]>();
    for (const row of live) {
      if (row.kind !== kind) continue;
      const key = registerKey(kind, row.id, row.data, source) ?? null;
      keyOf.set(row, key);
      if (key !== null) groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const [kept, ...duplicates] = [...group].sort(
        (a, b) => createdAt(a) - createdAt(b) || a.id.localeCompare(b.id),
      );
      if (!kept) continue;
      for (const duplicate of duplicates) {
        remap.set(refKey(kind, duplicate.id), kept.id);
        rows.delete(refKey(kind, duplicate.id));
        plan.merged.push({ kind, alias: duplicate.id, id: kept.id });
      }
    }
  }
  for (const { kind, alias, id } of plan.merged) {
    const kept = rows.get(refKey(kind, id));
    const duplicate = all.get(refKey(kind, alias));
    if (kept && duplicate) plan.conflicts.push(...differences(kind, kept, duplicate, target));
  }
  for (const row of rows.values()) {
    const key = keyOf.get(row) ?? null;
    if (key !== row.natural_key) plan.keys.push({ kind: row.kind, id: row.id, key });
    const moved = repoint(row.kind, row.data, target);
    if (moved.fields.length === 0) continue;
    plan.repointed.push({
      kind: row.kind,
      id: row.id,
      data: moved.data,
      fields: moved.fields,
      kabKota: scopeAfterRepoint(row, moved.data, rows),
      previousKabKota: row.kab_kota_code,
    });
  }
  return plan;
}

/** A record that follows its parent's kab/kota follows the parent it now points at. */
function scopeAfterRepoint(
  row: RecordRow,
  data: Record<string, unknown>,
  rows: ReadonlyMap<string, RecordRow>,
): string | null {
  const scope = SYNC_SCOPES[row.kind];
  let parent: RecordRow | undefined;
  if (scope.type === 'parent' && typeof data[scope.field] === 'string')
    parent = rows.get(refKey(scope.kind, data[scope.field] as string));
  if (scope.type === 'owner') {
    const owner = data.owner as { type?: unknown; id?: unknown } | undefined;
    const ownerKind = attachmentOwnerKind(owner?.type);
    if (ownerKind && typeof owner?.id === 'string') parent = rows.get(refKey(ownerKind, owner.id));
  }
  return parent ? parent.kab_kota_code : row.kab_kota_code;
}

/** The fields a duplicate holds otherwise than the record kept, with who wrote each value. */
function differences(
  kind: SyncKind,
  kept: RecordRow,
  duplicate: RecordRow,
  target: (kind: SyncKind, id: string) => string,
): RekeyPlan['conflicts'] {
  const keptStamps = expandStamps(kept);
  const otherStamps = expandStamps(duplicate);
  const other = repoint(kind, duplicate.data, target).data;
  const keptData = repoint(kind, kept.data, target).data;
  return Object.keys(other)
    .filter((field) => !BOOKKEEPING.has(field) && !sameJson(keptData[field], other[field]))
    .map((field) => ({
      kind,
      id: kept.id,
      kabKota: kept.kab_kota_code,
      field,
      kept: keptData[field] ?? null,
      keptBy: keptStamps.fieldAuthors[field] ?? '',
      other: other[field] ?? null,
      otherBy: otherStamps.fieldAuthors[field] ?? '',
    }));
}
