import type { AuditEntry } from '@shared/domain/audit/audit';
import type { RepositoryContext } from '../context';
import type { Page } from '../search/paging';

export interface AuditRepository {
  /** Changes to one record, newest first, with the import that created it. */
  history(entity: string, entityId: string): Promise<AuditEntry[]>;
  /** All changes, newest first, one page at a time. */
  recent(offset: number, limit: number): Promise<Page<AuditEntry>>;
}

/** Records an import creates with their IKM, by audit entity: the table that holds them. */
const IKM_CHILDREN: Readonly<Record<string, 'products' | 'credentials'>> = {
  product: 'products',
  credential: 'credentials',
};

/**
 * Whether an import row that lists `child`'s IKM created the child too. An import's row lists only
 * the IKM it created (`recordIds` holds the ids of `records`): a product or legalitas of that IKM
 * stored no later than the row is the import's (one added afterwards is stored later). Older rows
 * list every record they created, products and legalitas too: a child they do not list was not
 * theirs.
 */
function createdWithIkm(row: AuditEntry, child: { createdAt: string }): boolean {
  return (
    row.entity === 'import' &&
    (row.recordIds?.length ?? 0) === (row.records?.length ?? 0) &&
    child.createdAt <= row.at
  );
}

/** Read-only: audit rows are written by the other repositories inside their own transactions. */
export function auditRepository(ctx: RepositoryContext): AuditRepository {
  const listing = (id: string) => ctx.db.audit.where('recordIds').equals(id).toArray();
  /** The import rows that created a product or legalitas without listing it (found by its IKM). */
  const importOfChild = async (entity: string, entityId: string): Promise<AuditEntry[]> => {
    const table = IKM_CHILDREN[entity];
    const child = table ? await ctx.db[table].get(entityId) : undefined;
    if (!child) return [];
    return (await listing(child.enterpriseId)).filter((row) => createdWithIkm(row, child));
  };
  return {
    async history(entity, entityId) {
      // Its own rows, and the row of the import that created it (which lists the record's id, or
      // for a product or legalitas its IKM's).
      const [own, imports, childImports] = await Promise.all([
        ctx.db.audit.where('[entity+entityId]').equals([entity, entityId]).toArray(),
        listing(entityId),
        importOfChild(entity, entityId),
      ]);
      const rows = [
        ...new Map([...own, ...imports, ...childImports].map((r) => [r.id, r])).values(),
      ];
      rows.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
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
