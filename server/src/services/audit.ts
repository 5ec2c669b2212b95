import type { Db, Tx } from '../db/pool';

/** Who changed what and when, on the server (the PCs keep their own history too). */
export async function writeAudit(
  db: Db | Tx,
  accountId: string | null,
  action: string,
  kind?: string,
  recordId?: string,
  detail?: unknown,
): Promise<void> {
  await db.query(
    'INSERT INTO audit (account_id, action, kind, record_id, detail) VALUES ($1, $2, $3, $4, $5)',
    [
      accountId,
      action,
      kind ?? null,
      recordId ?? null,
      detail === undefined ? null : JSON.stringify(detail),
    ],
  );
}

/** One record a push changed. */
export interface AuditedChange {
  action: 'create' | 'update' | 'delete';
  kind: string;
  id: string;
  /** The fields an update changed (a create sets the whole record). */
  fields?: string[];
  conflicts?: number;
}

type ByKind<T> = Record<string, T>;

/**
 * What one push changed, kept as the detail of one audit row (a row per record cost more than
 * writing the records): ids created and deleted per kind, and per updated record its fields.
 */
export class PushAudit {
  private readonly created: ByKind<string[]> = {};
  private readonly deleted: ByKind<string[]> = {};
  private readonly updated: ByKind<Record<string, { fields: string[]; conflicts?: number }>> = {};
  private count = 0;

  add(change: AuditedChange): void {
    this.count += 1;
    if (change.action === 'update') {
      (this.updated[change.kind] ??= {})[change.id] = {
        fields: change.fields ?? [],
        ...(change.conflicts ? { conflicts: change.conflicts } : {}),
      };
    } else {
      const list = change.action === 'create' ? this.created : this.deleted;
      (list[change.kind] ??= []).push(change.id);
    }
  }

  get size(): number {
    return this.count;
  }

  detail(): { created: ByKind<string[]>; updated: ByKind<unknown>; deleted: ByKind<string[]> } {
    return { created: this.created, updated: this.updated, deleted: this.deleted };
  }
}
