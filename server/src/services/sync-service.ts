import { REFERENCE_FIELDS, type SyncKind } from '@shared/sync/kinds';
import type { Mutation, PushRequest, PushResponse } from '@shared/sync/protocol.schema';
import { SET_SCOPE_SQL, scopeParams, withTx, type Actor, type Db } from '../db/pool';
import { HttpError } from '../http/http-error';
import { registerKey } from './identity';
import { applyOne, rewriteReferences, type Applier } from './push-apply';
import { ignore, PushBatch } from './push-batch';
import { checkPuts, keyedByOwnFields, preparePuts, withoutNulls } from './push-prepare';

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
      // one at a time) and the version counter. The counter is locked before any record, by every
      // writer: writers queue in one order (no deadlock).
      const first = tx.query<{ account_id: string; last_mutation_id: string; version: string }>({
        name: 'push-begin',
        text: `WITH c AS (
         INSERT INTO client_mutations (client_id, account_id, last_mutation_id) VALUES ($3, $4, 0)
         ON CONFLICT (client_id) DO UPDATE SET client_id = excluded.client_id
         RETURNING account_id, last_mutation_id)
       SELECT ${SET_SCOPE_SQL}, c.account_id, c.last_mutation_id,
         (SELECT version FROM sync_state WHERE id = 1 FOR UPDATE) AS version
       FROM c`,
        values: [...scopeParams(actor), request.clientId, actor.accountId],
      });
      first.catch(ignore);
      // Sent right behind it, without waiting: the records the push names. The shared schemas check
      // the first new records while PostgreSQL runs both, enough for the first write ahead.
      const sorted = [...request.mutations].sort((a, b) => a.mutationId - b.mutationId);
      const prepared = preparePuts(sorted);
      const opening = PushBatch.open(
        tx,
        sorted.flatMap(referencesOf),
        [...prepared].flatMap(([m, put]) =>
          put.ownKey ? [{ kind: m.kind, key: put.ownKey }] : [],
        ),
        () => checkPuts(prepared, WRITE_AHEAD_ROWS),
      );
      opening.catch(ignore);
      const client = (await first).rows[0];
      if (!client || client.account_id !== actor.accountId)
        throw new HttpError(
          403,
          'Id PC ini sudah dipakai akun lain; hubungkan ulang PC ini ke server.',
        );
      const last = Number(client.last_mutation_id);
      const pending = sorted.filter((m) => m.mutationId > last);
      const done = sorted.filter((m) => m.mutationId <= last);
      let version = Number(client.version);
      const batch = await opening;
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
