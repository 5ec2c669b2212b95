import { SYNC_KINDS } from '@shared/sync/kinds';
import type { OvopDatabase } from '../database';
import type { OutboxRecord } from '../registers/records';
import { changedFields, wireOf } from './wire-shape';

/**
 * A PC that already kept a register before it was connected sends all of it once, as new records
 * (the server maps records it already knows by their natural keys, so nothing is doubled). Runs
 * only when the PC has never synced: no outbox, no cursor, no seen versions.
 */
export async function enqueueExisting(db: OvopDatabase): Promise<number> {
  return db.transaction('rw', [...SYNC_KINDS.map((k) => db.table(k)), db.outbox], async () => {
    let queued = 0;
    for (const kind of SYNC_KINDS) {
      const rows: OutboxRecord[] = [];
      await db.table(kind).each((record: unknown) => {
        const wire = wireOf(kind, record);
        if (wire && typeof wire.id === 'string')
          rows.push({
            kind,
            id: wire.id,
            op: 'put',
            changes: changedFields(undefined, wire),
            baseVersion: 0,
          });
      });
      await db.outbox.bulkAdd(rows);
      queued += rows.length;
    }
    return queued;
  });
}
