import { attachmentOwnerKind } from '@shared/domain/identity/record-keys';
import { REFERENCE_FIELDS, type SyncKind } from '@shared/sync/kinds';
import { mergeFields } from '@shared/sync/field-merge';
import type { Mutation, PushRequest, PushResponse } from '@shared/sync/protocol.schema';
import { SET_SCOPE_SQL, scopeParams, withTx, type Actor, type Db } from '../db/pool';
import { HttpError } from '../http/http-error';
import { compactStamps, expandStamps } from './field-stamps';
import { registerKey } from './identity';
import { PushBatch } from './push-batch';
import {
  checkPuts,
  checkRecord,
  keyedByOwnFields,
  preparePuts,
  validated,
  withoutNulls,
  type PreparedPut,
} from './push-prepare';
import { assertCanWrite, scopeFor } from './scope';

type Result = PushResponse['results'][number];

/**
 * Records changed so far are sent to PostgreSQL every this many, without waiting, so that it
 * writes them while the rest of the batch is worked out.
 */
const WRITE_AHEAD_ROWS = 250;

/** Every (kind, id) a mutation names: its record and the records its fields point at. */
function referencesOf(m: Mutation): { kind: SyncKind; id: string }[] {
  const refs: { kind: SyncKind; id: string }[] = [{ kind: m.kind, id: m.id }];
  for (const [field, target] of Object.entries(REFERENCE_FIELDS[m.kind] ?? {})) {
    const value = m.changes?.[field];
    if (typeof value === 'string') refs.push({ kind: target, id: value });
  }
  return refs;
}

/**
 * Ids in reference fields that name a record the register knows under another id are rewritten
 * (in a copy); the changes themselves are returned when no id is.
 */
function rewriteReferences(
  batch: PushBatch,
  kind: SyncKind,
  changes: Record<string, unknown>,
): Record<string, unknown> {
  let out = changes;
  const set = (field: string, value: unknown): void => {
    if (out === changes) out = { ...changes };
    out[field] = value;
  };
  for (const [field, target] of Object.entries(REFERENCE_FIELDS[kind] ?? {})) {
    const value = changes[field];
    if (typeof value === 'string' && batch.alias(target, value) !== value)
      set(field, batch.alias(target, value));
  }
  const owner = changes.owner as { type?: unknown; id?: unknown } | undefined;
  const ownerKind = kind === 'attachments' ? attachmentOwnerKind(owner?.type) : undefined;
  if (owner && ownerKind && typeof owner.id === 'string') {
    const id = batch.alias(ownerKind, owner.id);
    if (id !== owner.id) set('owner', { ...owner, id });
  }
  return out;
}

interface Applier {
  readonly batch: PushBatch;
  readonly actor: Actor;
  readonly province: string;
  nextVersion(): number;
}

async function applyOne(
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
    fields: Object.keys(changes),
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

/**
 * Applies a PC's batch in one transaction: all of it or (on a refusal) none of it. Mutations the
 * server has already applied for this PC (a re-send after a lost reply) are answered, not redone.
 */
export async function push(
  db: Db,
  actor: Actor,
  request: PushRequest,
  provinceCode: string,
): Promise<PushResponse> {
  return withTx(
    db,
    actor,
    async (tx) => {
      // The actor's scope, the PC's row (made on its first push, locked until commit: its pushes run
      // one at a time) and the version counter, in one round trip. The counter is locked before any
      // record, by every writer: writers queue in one order (no deadlock).
      const { rows } = await tx.query<{
        account_id: string;
        last_mutation_id: string;
        version: string;
      }>(
        `WITH c AS (
         INSERT INTO client_mutations (client_id, account_id, last_mutation_id) VALUES ($3, $4, 0)
         ON CONFLICT (client_id) DO UPDATE SET client_id = excluded.client_id
         RETURNING account_id, last_mutation_id)
       SELECT ${SET_SCOPE_SQL}, c.account_id, c.last_mutation_id,
         (SELECT version FROM sync_state WHERE id = 1 FOR UPDATE) AS version
       FROM c`,
        [...scopeParams(actor), request.clientId, actor.accountId],
      );
      const client = rows[0];
      if (!client || client.account_id !== actor.accountId)
        throw new HttpError(
          403,
          'Id PC ini sudah dipakai akun lain; hubungkan ulang PC ini ke server.',
        );
      const last = Number(client.last_mutation_id);
      const sorted = [...request.mutations].sort((a, b) => a.mutationId - b.mutationId);
      const pending = sorted.filter((m) => m.mutationId > last);
      const done = sorted.filter((m) => m.mutationId <= last);
      let version = Number(client.version);
      const prepared = preparePuts(pending);
      // The shared schemas check the new records while PostgreSQL reads what the push names.
      const batch = await PushBatch.open(
        tx,
        sorted.flatMap(referencesOf),
        [...prepared].flatMap(([m, put]) =>
          put.ownKey ? [{ kind: m.kind, key: put.ownKey }] : [],
        ),
        () => checkPuts(prepared),
      );
      const results: Result[] = done.map((m) => ({
        mutationId: m.mutationId,
        status: 'duplicate',
        id: batch.alias(m.kind, m.id),
      }));
      if (pending.length > 0) {
        // Records new to the register whose keys were not looked up with them.
        const created = pending.filter(
          (m) =>
            m.op === 'put' && !keyedByOwnFields(m) && !batch.has(m.kind, batch.alias(m.kind, m.id)),
        );
        const createdData = created.map((m) => ({
          kind: m.kind,
          id: m.id,
          data: withoutNulls(rewriteReferences(batch, m.kind, m.changes ?? {})),
        }));
        await batch.loadIdentityParents(
          pending.map((m) => ({ kind: m.kind, data: m.changes ?? {} })),
        );
        await batch.prefetchNaturalKeys(
          createdData.flatMap((c) => {
            const key = registerKey(c.kind, c.id, c.data, batch);
            return key ? [{ kind: c.kind, key }] : [];
          }),
        );
        const ctx: Applier = {
          batch,
          actor,
          province: provinceCode,
          nextVersion: () => ++version,
        };
        try {
          for (const m of pending) {
            results.push(await applyOne(ctx, m, prepared.get(m)));
            batch.writeAhead(WRITE_AHEAD_ROWS);
          }
          await batch.flush({
            accountId: actor.accountId,
            version,
            clientId: request.clientId,
            lastMutationId: pending[pending.length - 1]?.mutationId ?? last,
          });
        } catch (error) {
          // A refused write ahead fails every statement after it: its own reason is the one to give.
          throw (await batch.writeFailure()) ?? error;
        }
      }
      return { lastMutationId: Math.max(last, ...sorted.map((m) => m.mutationId)), results };
    },
    { scopeInFirstStatement: true },
  );
}
