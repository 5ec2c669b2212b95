import type { AuditEntry } from '@shared/domain/audit/audit';
import type { RepositoryContext } from '../context';
import type { Page } from '../search/paging';

export interface AuditRepository {
  /** Changes to one record, newest first, with the import that created it. */
  history(entity: string, entityId: string): Promise<AuditEntry[]>;
  /** All changes, newest first, one page at a time. */
  recent(offset: number, limit: number): Promise<Page<AuditEntry>>;
}

/** What a spreadsheet import creates, by audit entity: the table that holds it. */
const IMPORTED: Readonly<Record<string, 'enterprises' | 'products' | 'credentials'>> = {
  enterprise: 'enterprises',
  product: 'products',
  credential: 'credentials',
};

/**
 * Whether `row`, dated at `record`'s creation, is the audit row of the import that created it (of
 * audit entity `entity`): an import dates its row with the time it stamps on everything it creates
 * (IKM, their products and legalitas), and its transaction holds every register table while it
 * writes. An IKM is also listed by the row; a product or legalitas is known by its time alone, as
 * its IKM may since have been merged into another. Rows of older imports list every record in
 * `recordIds` instead (found by that index).
 */
function createdBy(row: AuditEntry, entity: string, record: { id: string; createdAt: string }) {
  return (
    row.entity === 'import' &&
    row.recordIds === undefined &&
    (row.records ?? []).some((r) => entity !== 'enterprise' || r.id === record.id)
  );
}

/** Read-only: audit rows are written by the other repositories inside their own transactions. */
export function auditRepository(ctx: RepositoryContext): AuditRepository {
  /** The import row dated at the record's creation (imports that list no `recordIds`). */
  const importOf = async (entity: string, entityId: string): Promise<AuditEntry[]> => {
    const table = IMPORTED[entity];
    const record = table ? await ctx.db[table].get(entityId) : undefined;
    if (!record) return [];
    const rows = await ctx.db.audit.where('at').equals(record.createdAt).toArray();
    return rows.filter((row) => createdBy(row, entity, record));
  };
  return {
    async history(entity, entityId) {
      // Its own rows, and the row of the import that created it (dated at its creation, or, for
      // older imports, listing its id).
      const [own, listed, imported] = await Promise.all([
        ctx.db.audit.where('[entity+entityId]').equals([entity, entityId]).toArray(),
        ctx.db.audit.where('recordIds').equals(entityId).toArray(),
        importOf(entity, entityId),
      ]);
      const rows = [...own, ...listed, ...imported].sort((a, b) =>
        a.at < b.at ? -1 : a.at > b.at ? 1 : 0,
      );
      return rows.reverse();
    },
    async recent(offset, limit) {
      const [total, rows] = await Promise.all([
        ctx.db.audit.count(),
        ctx.db.audit.orderBy('at').reverse().offset(offset).limit(limit).toArray(),
      ]);
      return { rows, total };
    },
  };
}
