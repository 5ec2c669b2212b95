import type { AuditEntry } from '@shared/domain/audit/audit';
import type { RepositoryContext } from '../context';
import type { Page } from '../search/paging';

export interface AuditRepository {
  /** Changes to one record, newest first, with the import that created it. */
  history(entity: string, entityId: string): Promise<AuditEntry[]>;
  /** All changes, newest first, one page at a time. */
  recent(offset: number, limit: number): Promise<Page<AuditEntry>>;
}

/** Read-only: audit rows are written by the other repositories inside their own transactions. */
export function auditRepository(ctx: RepositoryContext): AuditRepository {
  return {
    async history(entity, entityId) {
      // Its own rows, and the row of the import that created it (which lists the record's id).
      const [own, imports] = await Promise.all([
        ctx.db.audit.where('[entity+entityId]').equals([entity, entityId]).toArray(),
        ctx.db.audit.where('recordIds').equals(entityId).toArray(),
      ]);
      const rows = [...own, ...imports].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
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
