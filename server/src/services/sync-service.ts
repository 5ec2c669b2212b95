import { attachmentOwnerKind } from '@shared/domain/identity/record-keys';
import {
  REFERENCE_FIELDS,
  SYNC_KIND_LABELS,
  SYNC_RECORD_SCHEMAS,
  type SyncKind,
} from '@shared/sync/kinds';
import { mergeFields } from '@shared/sync/field-merge';
import type {
  Mutation,
  PullResponse,
  PushRequest,
  PushResponse,
  PulledChange,
} from '@shared/sync/protocol.schema';
import { withTx, type Actor, type Db, type Tx } from '../db/pool';
import { HttpError } from '../http/http-error';
import { registerKey } from './identity';
import { PushBatch } from './push-batch';
import { lockCounter, saveCounter } from './record-sql';
import { assertCanWrite, scopeFor } from './scope';

type Result = PushResponse['results'][number];

async function provinceCode(tx: Tx): Promise<string> {
  const { rows } = await tx.query<{ province_code: string }>(
    'SELECT province_code FROM office WHERE id = 1',
  );
  if (!rows[0]) throw new HttpError(503, 'Server belum disiapkan: kantor belum dibuat.');
  return rows[0].province_code;
}

/** Every (kind, id) a mutation names: its record and the records its fields point at. */
function referencesOf(m: Mutation): { kind: SyncKind; id: string }[] {
  const refs: { kind: SyncKind; id: string }[] = [{ kind: m.kind, id: m.id }];
  for (const [field, target] of Object.entries(REFERENCE_FIELDS[m.kind] ?? {})) {
    const value = m.changes?.[field];
    if (typeof value === 'string') refs.push({ kind: target, id: value });
  }
  return refs;
}

/** Ids in reference fields that name a record the register knows under another id are rewritten. */
function rewriteReferences(
  batch: PushBatch,
  kind: SyncKind,
  changes: Record<string, unknown>,
): Record<string, unknown> {
  const out = { ...changes };
  for (const [field, target] of Object.entries(REFERENCE_FIELDS[kind] ?? {})) {
    const value = out[field];
    if (typeof value === 'string') out[field] = batch.alias(target, value);
  }
  const owner = out.owner as { type?: unknown; id?: unknown } | undefined;
  const ownerKind = kind === 'attachments' ? attachmentOwnerKind(owner?.type) : undefined;
  if (owner && ownerKind && typeof owner.id === 'string')
    out.owner = { ...owner, id: batch.alias(ownerKind, owner.id) };
  return out;
}

function validated(
  kind: SyncKind,
  id: string,
  data: Record<string, unknown>,
): Record<string, unknown> {
  const parsed = SYNC_RECORD_SCHEMAS[kind].safeParse({ ...data, id });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new HttpError(
    422,
    `${SYNC_KIND_LABELS[kind]} ${id}${issue?.path.length ? ` (${issue.path.join('.')})` : ''}: ${issue?.message ?? 'data tidak sah'}`,
  );
}

const withoutNulls = (data: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(data).filter(([, v]) => v !== null && v !== undefined));

interface Applier {
  readonly batch: PushBatch;
  readonly actor: Actor;
  readonly province: string;
  nextVersion(): number;
}

async function applyOne(ctx: Applier, m: Mutation): Promise<Result> {
  const { batch, actor } = ctx;
  let id = batch.alias(m.kind, m.id);
  let current = await batch.read(m.kind, id);
  if (m.op === 'delete') {
    if (!current || current.deleted) return { mutationId: m.mutationId, status: 'applied', id };
    assertCanWrite(actor, ctx.province, m.kind, id, current.kab_kota_code, current.kab_kota_code);
    const version = ctx.nextVersion();
    batch.put({ ...current, deleted: true, version, updatedBy: actor.accountId });
    batch.audit([actor.accountId, 'delete', m.kind, id, null]);
    return { mutationId: m.mutationId, status: 'applied', id, version };
  }
  const changes = rewriteReferences(batch, m.kind, m.changes ?? {});
  let baseVersion = m.baseVersion;
  if (!current) {
    // A record new to this PC may be one the register already knows (the same round made on two PCs).
    const key = registerKey(m.kind, id, withoutNulls(changes), batch);
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
  const merged = mergeFields({
    current: live
      ? { data: live.data, fieldVersions: live.field_versions, fieldAuthors: live.field_authors }
      : undefined,
    changes,
    baseVersion,
    author: actor.displayName,
    version,
  });
  const data = validated(m.kind, id, merged.data);
  // A letter stays the sending office's whoever edits it; everything else follows its data.
  const kabKota =
    current && m.kind === 'letters'
      ? current.kab_kota_code
      : await scopeFor(batch, actor, m.kind, id, data);
  assertCanWrite(actor, ctx.province, m.kind, id, kabKota, current?.kab_kota_code);
  batch.put({
    kind: m.kind,
    id,
    kab_kota_code: kabKota,
    data,
    field_versions: merged.fieldVersions,
    field_authors: merged.fieldAuthors,
    natural_key: registerKey(m.kind, id, data, batch) ?? null,
    deleted: false,
    version,
    updatedBy: actor.accountId,
  });
  if (current?.kab_kota_code && current.kab_kota_code !== kabKota)
    batch.exit(ctx.nextVersion(), m.kind, id, current.kab_kota_code);
  for (const c of merged.conflicts) {
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
  batch.audit([
    actor.accountId,
    current ? 'update' : 'create',
    m.kind,
    id,
    JSON.stringify({ fields: Object.keys(changes), conflicts: merged.conflicts.length }),
  ]);
  return {
    mutationId: m.mutationId,
    status: 'applied',
    id,
    version,
    ...(merged.conflicts.length ? { conflicts: merged.conflicts.length } : {}),
  };
}

/**
 * Applies a PC's batch in one transaction: all of it or (on a refusal) none of it. Mutations the
 * server has already applied for this PC (a re-send after a lost reply) are answered, not redone.
 */
export async function push(db: Db, actor: Actor, request: PushRequest): Promise<PushResponse> {
  return withTx(db, actor, async (tx) => {
    await tx.query(
      'INSERT INTO client_mutations (client_id, account_id, last_mutation_id) VALUES ($1, $2, 0) ON CONFLICT (client_id) DO NOTHING',
      [request.clientId, actor.accountId],
    );
    const { rows } = await tx.query<{ account_id: string; last_mutation_id: string }>(
      'SELECT account_id, last_mutation_id FROM client_mutations WHERE client_id = $1 FOR UPDATE',
      [request.clientId],
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
    // The counter is locked before any record, by every writer: writers queue in one order (no deadlock).
    let version = pending.length ? await lockCounter(tx) : 0;
    const batch = await PushBatch.open(tx, sorted.flatMap(referencesOf));
    const results: Result[] = done.map((m) => ({
      mutationId: m.mutationId,
      status: 'duplicate',
      id: batch.alias(m.kind, m.id),
    }));
    if (pending.length > 0) {
      const created = pending.filter(
        (m) => m.op === 'put' && !batch.has(m.kind, batch.alias(m.kind, m.id)),
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
        province: await provinceCode(tx),
        nextVersion: () => ++version,
      };
      for (const m of pending) results.push(await applyOne(ctx, m));
      await batch.flush();
      await saveCounter(tx, version);
      await tx.query('UPDATE client_mutations SET last_mutation_id = $1 WHERE client_id = $2', [
        pending[pending.length - 1]?.mutationId ?? last,
        request.clientId,
      ]);
    }
    return { lastMutationId: Math.max(last, ...sorted.map((m) => m.mutationId)), results };
  });
}

/** Records changed after `after`, in version order, as this account may see them. */
export async function pull(
  db: Db,
  actor: Actor,
  after: number,
  limit: number,
): Promise<PullResponse> {
  return withTx(db, actor, async (tx) => {
    const scoped = actor.role === 'kabkota';
    const { rows } = await tx.query<{
      version: string;
      kind: SyncKind;
      id: string;
      deleted: boolean;
      removed: boolean;
      data: Record<string, unknown> | null;
    }>(
      `SELECT version, kind, id, deleted, false AS removed, data FROM records
         WHERE version > $1 AND ($2::text IS NULL OR kab_kota_code = $2 OR (kab_kota_code IS NULL AND kind = 'rounds'))
       UNION ALL
       SELECT version, kind, id, false, true, NULL FROM scope_exits WHERE version > $1 AND kab_kota_code = $2
       ORDER BY version LIMIT $3`,
      [after, scoped ? actor.kabKotaCode : null, limit + 1],
    );
    const page = rows.slice(0, limit);
    const changes: PulledChange[] = page.map((r) => ({
      version: Number(r.version),
      kind: r.kind,
      id: r.id,
      deleted: r.deleted,
      ...(r.removed ? { removed: true } : {}),
      ...(!r.deleted && !r.removed && r.data ? { data: r.data } : {}),
    }));
    return { changes, cursor: changes.at(-1)?.version ?? after, more: rows.length > limit };
  });
}
