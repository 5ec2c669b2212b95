import { attachmentOwnerKind } from '@shared/domain/identity/record-keys';
import { REFERENCE_FIELDS, type SyncKind } from '@shared/sync/kinds';
import { mergeFields } from '@shared/sync/field-merge';
import type { Mutation, PushResponse } from '@shared/sync/protocol.schema';
import type { Actor } from '../db/pool';
import { compactStamps, expandStamps } from './field-stamps';
import { registerKey } from './identity';
import type { PushBatch } from './push-batch';
import { checkRecord, validated, withoutNulls, type PreparedPut } from './push-prepare';
import { assertCanWrite, scopeFor } from './scope';

type Result = PushResponse['results'][number];

/**
 * Ids in reference fields that name a record the register knows under another id are rewritten
 * (in a copy); the changes themselves are returned when no id is.
 */
export function rewriteReferences(
  batch: PushBatch,
  kind: SyncKind,
  changes: Record<string, unknown>,
): Record<string, unknown> {
  // No closure here: the push calls this once per record.
  let out = changes;
  for (const [field, target] of Object.entries(REFERENCE_FIELDS[kind] ?? {})) {
    const value = changes[field];
    if (typeof value === 'string' && batch.alias(target, value) !== value) {
      if (out === changes) out = { ...changes };
      out[field] = batch.alias(target, value);
    }
  }
  const owner = changes.owner as { type?: unknown; id?: unknown } | undefined;
  const ownerKind = kind === 'attachments' ? attachmentOwnerKind(owner?.type) : undefined;
  if (owner && ownerKind && typeof owner.id === 'string') {
    const id = batch.alias(ownerKind, owner.id);
    if (id !== owner.id) {
      if (out === changes) out = { ...changes };
      out.owner = { ...owner, id };
    }
  }
  return out;
}

export interface Applier {
  readonly batch: PushBatch;
  readonly actor: Actor;
  readonly province: string;
  nextVersion(): number;
}

export async function applyOne(
  ctx: Applier,
  m: Mutation,
  prepared: PreparedPut | undefined,
): Promise<Result> {
  const { batch, actor } = ctx;
  let id = batch.alias(m.kind, m.id);
  let current = await batch.read(m.kind, id);
  if (m.op === 'delete') {
    if (!current || current.deleted) return { mutationId: m.mutationId, status: 'applied', id };
    assertCanWrite(actor, ctx.province, m.kind, id, current.kab_kota_code, current.kab_kota_code);
    const version = ctx.nextVersion();
    batch.put({ ...current, deleted: true, version, updatedBy: actor.accountId });
    batch.audit({ action: 'delete', kind: m.kind, id });
    return { mutationId: m.mutationId, status: 'applied', id, version };
  }
  const changes = rewriteReferences(batch, m.kind, m.changes ?? {});
  // What was worked out from the mutation alone holds while no id in it was rewritten.
  const put = prepared && changes === m.changes && id === m.id ? prepared : undefined;
  const fields = put ? put.fields : withoutNulls(changes);
  let baseVersion = m.baseVersion;
  if (!current) {
    // A record new to this PC may be one the register already knows (the same round made on two PCs).
    const key =
      put?.ownKey !== undefined
        ? (put.ownKey ?? undefined)
        : registerKey(m.kind, id, fields, batch);
    const known = key ? await batch.byNaturalKey(m.kind, key) : undefined;
    if (known) {
      batch.addAlias(m.kind, m.id, known);
      id = known;
      // A kab/kota office's own "OVOP 2026" is the province's round: it is known, not changed.
      if (m.kind === 'rounds' && actor.role === 'kabkota')
        return { mutationId: m.mutationId, status: 'applied', id };
      current = await batch.read(m.kind, id);
      baseVersion = 0;
    }
  }
  const live = current && !current.deleted ? current : undefined;
  const version = ctx.nextVersion();
  // A new record takes the pushed fields as they are; there is nothing to merge with.
  const merged = live
    ? mergeFields({
        current: expandStamps(live),
        changes,
        baseVersion,
        author: actor.displayName,
        version,
      })
    : undefined;
  const conflicts = merged?.conflicts ?? [];
  const checked = !merged && put && id === m.id ? put.checked : undefined;
  const data = validated(checked ?? checkRecord(m.kind, id, merged ? merged.data : fields));
  // A letter stays the sending office's whoever edits it; everything else follows its data.
  const kabKota =
    current && m.kind === 'letters'
      ? current.kab_kota_code
      : await scopeFor(batch, actor, m.kind, id, data);
  assertCanWrite(actor, ctx.province, m.kind, id, kabKota, current?.kab_kota_code);
  // Every field of a new record carries its creation stamp: no per-field stamps to keep.
  const stamps =
    live && merged
      ? {
          ...compactStamps(
            merged,
            live.created_version === null ? null : Number(live.created_version),
            live.created_by,
          ),
          created_version: live.created_version === null ? null : Number(live.created_version),
          created_by: live.created_by,
        }
      : {
          field_versions: {},
          field_authors: {},
          created_version: version,
          created_by: actor.displayName,
        };
  batch.put({
    kind: m.kind,
    id,
    kab_kota_code: kabKota,
    data,
    ...stamps,
    natural_key:
      checked?.ok && checked.naturalKey !== undefined
        ? checked.naturalKey
        : (registerKey(m.kind, id, data, batch) ?? null),
    deleted: false,
    version,
    updatedBy: actor.accountId,
  });
  if (current?.kab_kota_code && current.kab_kota_code !== kabKota)
    batch.exit(ctx.nextVersion(), m.kind, id, current.kab_kota_code);
  for (const c of conflicts) {
    batch.conflict([
      m.kind,
      id,
      kabKota,
      c.field,
      JSON.stringify(c.keptValue),
      c.keptBy,
      JSON.stringify(c.otherValue),
      c.otherBy,
    ]);
  }
  batch.audit({
    action: current ? 'update' : 'create',
    kind: m.kind,
    id,
    // A create sets the whole record: its audit lists the record, not its fields.
    ...(current ? { fields: Object.keys(changes) } : {}),
    ...(conflicts.length ? { conflicts: conflicts.length } : {}),
  });
  return {
    mutationId: m.mutationId,
    status: 'applied',
    id,
    version,
    ...(conflicts.length ? { conflicts: conflicts.length } : {}),
  };
}
