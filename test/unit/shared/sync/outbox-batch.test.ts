import { describe, expect, it } from 'vitest';
import { outboxBatch, type OutboxEntry } from '@shared/sync/outbox-batch';

const put = (seq: number, id: string, changes: Record<string, unknown>, baseVersion = 0) =>
  ({ seq, kind: 'enterprises', id, op: 'put', changes, baseVersion }) satisfies OutboxEntry;

describe('outbox batch', () => {
  it('folds the edits of one record into one mutation with its first id and first base version', () => {
    const batch = outboxBatch([
      put(1, 'a', { name: 'A', phone: '1' }),
      put(2, 'b', { name: 'B' }, 7),
      put(3, 'a', { name: 'A2' }, 9),
    ]);
    expect(batch.seqs).toEqual([1, 2, 3]);
    expect(batch.mutations).toEqual([
      {
        mutationId: 1,
        kind: 'enterprises',
        id: 'a',
        op: 'put',
        changes: { name: 'A2', phone: '1' },
        baseVersion: 0,
      },
      {
        mutationId: 2,
        kind: 'enterprises',
        id: 'b',
        op: 'put',
        changes: { name: 'B' },
        baseVersion: 7,
      },
    ]);
  });

  it('ends with a delete when the record was deleted, and with the new record when made again', () => {
    const deleted = outboxBatch([
      put(4, 'a', { name: 'A' }, 3),
      { seq: 5, kind: 'enterprises', id: 'a', op: 'delete', baseVersion: 3 },
    ]);
    expect(deleted.mutations).toEqual([
      { mutationId: 4, kind: 'enterprises', id: 'a', op: 'delete', baseVersion: 3 },
    ]);
    const again = outboxBatch([
      { seq: 6, kind: 'enterprises', id: 'a', op: 'delete', baseVersion: 3 },
      put(7, 'a', { name: 'Baru' }, 3),
    ]);
    expect(again.mutations[0]).toMatchObject({ op: 'put', changes: { name: 'Baru' } });
  });

  it('gives the same batch for the same rows (a re-send is recognised)', () => {
    const rows = [put(10, 'x', { a: 1 }), put(11, 'x', { b: 2 })];
    expect(outboxBatch(rows)).toEqual(outboxBatch([...rows].reverse()));
  });
});
