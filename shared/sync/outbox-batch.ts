import type { SyncKind } from './kinds';
import type { Mutation } from './protocol.schema';

/** A local change as the outbox keeps it (`seq` only grows on a PC). */
export interface OutboxEntry {
  readonly seq: number;
  readonly kind: SyncKind;
  readonly id: string;
  readonly op: 'put' | 'delete';
  readonly changes?: Readonly<Record<string, unknown>> | undefined;
  readonly baseVersion: number;
}

export interface OutboxBatch {
  readonly mutations: Mutation[];
  /** Every outbox row the batch carries (removed together once the server has them). */
  readonly seqs: number[];
}

/**
 * One mutation per record: the changes a PC made to a record since its last push are folded into
 * one, sent with the record's first mutation id and the base version of its first change. Sent as
 * separate mutations, a second edit of a field would conflict with the PC's own first one (its base
 * version predates it). Keeping the first id keeps a record's place before the records created
 * after it (a product after its IKM). Re-building from the same rows gives the same batch, so a
 * re-send after a lost reply is recognised by the server.
 */
export function outboxBatch(entries: readonly OutboxEntry[]): OutboxBatch {
  const byRecord = new Map<
    string,
    { first: OutboxEntry; op: 'put' | 'delete'; changes?: Record<string, unknown> }
  >();
  const order: string[] = [];
  const sorted = [...entries].sort((a, b) => a.seq - b.seq);
  for (const entry of sorted) {
    const key = `${entry.kind}:${entry.id}`;
    const held = byRecord.get(key);
    if (!held) {
      order.push(key);
      byRecord.set(key, {
        first: entry,
        op: entry.op,
        ...(entry.changes ? { changes: { ...entry.changes } } : {}),
      });
      continue;
    }
    if (entry.op === 'delete') {
      held.op = 'delete';
      delete held.changes;
    } else if (held.op === 'delete') {
      held.op = 'put';
      held.changes = { ...(entry.changes ?? {}) };
    } else held.changes = { ...(held.changes ?? {}), ...(entry.changes ?? {}) };
  }
  const mutations = order.map((key): Mutation => {
    const held = byRecord.get(key);
    if (!held) throw new Error(`outbox group ${key} missing`);
    return {
      mutationId: held.first.seq,
      kind: held.first.kind,
      id: held.first.id,
      op: held.op,
      ...(held.op === 'put' ? { changes: held.changes ?? {} } : {}),
      baseVersion: held.first.baseVersion,
    };
  });
  return { mutations, seqs: sorted.map((e) => e.seq) };
}
