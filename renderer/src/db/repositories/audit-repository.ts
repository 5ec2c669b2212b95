import type { AuditEntry } from '@shared/domain/audit/audit';
import type { RepositoryContext } from '../context';
import type { Page } from '../search/paging';

export interface AuditRepository {
  /** Changes to one record, newest first. */
  history(entity: string, entityId: string): Promise<AuditEntry[]>;
  /** All changes, newest first, one page at a time. */
  recent(offset: number, limit: number): Promise<Page<AuditEntry>>;
}

/** Read-only: audit rows are written by the other repositories inside their own transactions. */
export function auditRepository(ctx: RepositoryContext): AuditRepository {
  return {
    async history(entity, entityId) {
      const rows = await ctx.db.audit
        .where('[entity+entityId]')
        .equals([entity, entityId])
        .sortBy('at');
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
