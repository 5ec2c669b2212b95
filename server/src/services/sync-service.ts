import { OWNER_TYPE_KINDS, SYNC_KIND_LABELS, SYNC_RECORD_SCHEMAS, REFERENCE_FIELDS, type SyncKind } from '@shared/sync/kinds';
import { mergeFields } from '@shared/sync/field-merge';
import { naturalKey } from '@shared/sync/natural-keys';
import type { Mutation, PullResponse, PushRequest, PushResponse, PulledChange } from '@shared/sync/protocol.schema';
import { withTx, type Actor, type Db, type Tx } from '../db/pool';
import { HttpError } from '../http/http-error';
import { writeAudit } from './audit';
import { addAlias, addScopeExit, findByNaturalKey, lockCounter, lockRecord, resolveAlias, saveCounter, upsertRecord } from './record-sql';
import { assertCanWrite, scopeFor } from './scope';

type Result = PushResponse['results'][number];

async function provinceCode(tx: Tx): Promise<string> {
  const { rows } = await tx.query<{ province_code: string }>('SELECT province_code FROM office WHERE id = 1');
  if (!rows[0]) throw new HttpError(503, 'Server belum disiapkan: kantor belum dibuat.');
  return rows[0].province_code;
}

/** Ids in reference fields that name a record the register knows under another id are rewritten. */
async function rewriteReferences(tx: Tx, kind: SyncKind, changes: Record<string, unknown>): Promise<Record<string, unknown>> {
  const refs = REFERENCE_FIELDS[kind] ?? {};
  const out = { ...changes };
  for (const [field, target] of Object.entries(refs)) {
    const value = out[field];
    if (typeof value === 'string') out[field] = await resolveAlias(tx, target, value);
  }
  if (kind === 'attachments') {
    const owner = out.owner as { type?: unknown; id?: unknown } | undefined;
    const ownerKind = typeof owner?.type === 'string' ? OWNER_TYPE_KINDS[owner.type] : undefined;
    if (owner && ownerKind && typeof owner.id === 'string') out.owner = { ...owner, id: await resolveAlias(tx, ownerKind, owner.id) };
  }
  return out;
}

function validated(kind: SyncKind, id: string, data: Record<string, unknown>): Record<string, unknown> {
  const parsed = SYNC_RECORD_SCHEMAS[kind].safeParse({ ...data, id });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new HttpError(422, `${SYNC_KIND_LABELS[kind]} ${id}${issue?.path.length ? ` (${issue.path.join('.')})` : ''}: ${issue?.message ?? 'data tidak sah'}`);
}

interface Applier {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly province: string;
  nextVersion(): number;
}

async function applyOne(ctx: Applier, m: Mutation): Promise<Result> {
  const { tx, actor } = ctx;
  let id = await resolveAlias(tx, m.kind, m.id);
  let current = await lockRecord(tx, m.kind, id);
  if (m.op === 'delete') {
    if (!current || current.deleted) return { mutationId: m.mutationId, status: 'applied', id };
    assertCanWrite(actor, ctx.province, m.kind, id, current.kab_kota_code, current.kab_kota_code);
    const version = ctx.nextVersion();
    await upsertRecord(tx, { ...current, deleted: true, version, updatedBy: actor.accountId });
    await writeAudit(tx, actor.accountId, 'delete', m.kind, id);
    return { mutationId: m.mutationId, status: 'applied', id, version };
  }
  const changes = await rewriteReferences(tx, m.kind, m.changes ?? {});
  let baseVersion = m.baseVersion;
  if (!current) {
    // A record new to this PC may be one the register already knows (the same round made on two PCs).
    const key = naturalKey(m.kind, stripNulls(changes));
    const known = key ? await findByNaturalKey(tx, m.kind, key) : undefined;
    if (known) {
      await addAlias(tx, m.kind, m.id, known);
      id = known;
      current = await lockRecord(tx, m.kind, id);
      baseVersion = 0;
    }
  }
  const version = ctx.nextVersion();
  const merged = mergeFields({
    current: current && !current.deleted ? { data: current.data, fieldVersions: current.field_versions, fieldAuthors: current.field_authors } : undefined,
    changes,
    baseVersion,
    author: actor.displayName,
    version,
  });
  const data = validated(m.kind, id, merged.data);
  const kabKota = current ? (m.kind === 'letters' ? current.kab_kota_code : await scopeFor(tx, actor, m.kind, id, data)) : await scopeFor(tx, actor, m.kind, id, data);
  assertCanWrite(actor, ctx.province, m.kind, id, kabKota, current?.kab_kota_code);
  await upsertRecord(tx, {
    kind: m.kind,
    id,
    kab_kota_code: kabKota,
    data,
    field_versions: merged.fieldVersions,
    field_authors: merged.fieldAuthors,
    natural_key: naturalKey(m.kind, data) ?? null,
    deleted: false,
    version,
    updatedBy: actor.accountId,
  });
  if (current?.kab_kota_code && current.kab_kota_code !== kabKota) await addScopeExit(tx, ctx.nextVersion(), m.kind, id, current.kab_kota_code);
  for (const c of merged.conflicts) {
    await tx.query('INSERT INTO conflicts (kind, record_id, kab_kota_code, field, kept_value, kept_by, other_value, other_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
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
  await writeAudit(tx, actor.accountId, current ? 'update' : 'create', m.kind, id, { fields: Object.keys(changes), conflicts: merged.conflicts.length });
  return { mutationId: m.mutationId, status: 'applied', id, version, ...(merged.conflicts.length ? { conflicts: merged.conflicts.length } : {}) };
}

function stripNulls(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== null && v !== undefined));
}

/**
 * Applies a PC's batch in one transaction: all of it or (on a refusal) none of it. Mutations the
 * server has already applied for this PC (a re-send after a lost reply) are answered, not redone.
 */
export async function push(db: Db, actor: Actor, request: PushRequest): Promise<PushResponse> {
  return withTx(db, actor, async (tx) => {
    await tx.query('INSERT INTO client_mutations (client_id, account_id, last_mutation_id) VALUES ($1, $2, 0) ON CONFLICT (client_id) DO NOTHING', [request.clientId, actor.accountId]);
    const { rows } = await tx.query<{ account_id: string; last_mutation_id: string }>('SELECT account_id, last_mutation_id FROM client_mutations WHERE client_id = $1 FOR UPDATE', [request.clientId]);
    const client = rows[0];
    if (!client || client.account_id !== actor.accountId) throw new HttpError(403, 'Id PC ini sudah dipakai akun lain; hubungkan ulang PC ini ke server.');
    const last = Number(client.last_mutation_id);
    const sorted = [...request.mutations].sort((a, b) => a.mutationId - b.mutationId);
    const results: Result[] = [];
    const pending = sorted.filter((m) => m.mutationId > last);
    for (const m of sorted.filter((m) => m.mutationId <= last)) {
      results.push({ mutationId: m.mutationId, status: 'duplicate', id: await resolveAlias(tx, m.kind, m.id) });
    }
    if (pending.length > 0) {
      const province = await provinceCode(tx);
      let version = await lockCounter(tx);
      const ctx: Applier = { tx, actor, province, nextVersion: () => ++version };
      for (const m of pending) results.push(await applyOne(ctx, m));
      await saveCounter(tx, version);
      await tx.query('UPDATE client_mutations SET last_mutation_id = $1 WHERE client_id = $2', [pending[pending.length - 1]?.mutationId ?? last, request.clientId]);
    }
    return { lastMutationId: Math.max(last, ...sorted.map((m) => m.mutationId)), results };
  });
}

/** Records changed after `after`, in version order, as this account may see them. */
export async function pull(db: Db, actor: Actor, after: number, limit: number): Promise<PullResponse> {
  return withTx(db, actor, async (tx) => {
    const scoped = actor.role === 'kabkota';
    const { rows } = await tx.query<{ version: string; kind: SyncKind; id: string; deleted: boolean; removed: boolean; data: Record<string, unknown> | null }>(
      `SELECT version, kind, id, deleted, false AS removed, data FROM records
         WHERE version > $1 AND ($2::text IS NULL OR kab_kota_code IS NULL OR kab_kota_code = $2)
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

