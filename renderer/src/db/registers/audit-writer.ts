import {
  diffRecords,
  type AuditAction,
  type FieldChange,
  type ImportedRecord,
} from '@shared/domain/audit/audit';
import { asAuditId } from '@shared/domain/common/ids';
import { currentUser, type RepositoryContext } from '../context';

/** Settings key: how audit rows name this office (kept by the office profile's save). */
export const OFFICE_LABEL_KEY = 'officeLabel';

/** Keys that are bookkeeping, not user data: never listed as changes. */
const IGNORED: readonly string[] = [
  'schemaVersion',
  'revision',
  'live',
  'updatedAt',
  'createdAt',
  'nameKey',
  'words',
];

/**
 * Field-level differences between two versions (the domain's diff, minus bookkeeping keys). A value
 * that is absent on one side is stored as `null`: `undefined` would vanish from exported JSON.
 */
export function diffFields(before: object | undefined, after: object | undefined): FieldChange[] {
  return diffRecords({ ...(before ?? {}) }, { ...(after ?? {}) }, IGNORED).map((c) => ({
    field: c.field,
    before: c.before ?? null,
    after: c.after ?? null,
  }));
}

/**
 * What the bulk writers of one import created, filled while it runs: its single audit row lists the
 * IKM (one row for the whole import instead of one per IKM, product and legalitas). Everything the
 * import creates is stamped `at`, the row's own time: a record's history finds the row by that time
 * (auditRepository's `history`), with no index entry per record.
 */
export interface ImportLog {
  /** When the import wrote: the creation time of its records and its audit row's time. */
  readonly at: string;
  /** The IKM created, as the file named them. */
  readonly records: ImportedRecord[];
}

export function emptyImportLog(at: string): ImportLog {
  return { at, records: [] };
}

/** Appends one audit row. Call inside the same transaction as the write it describes. */
export async function writeAudit(
  ctx: RepositoryContext,
  entry: {
    entity: string;
    entityId: string;
    action: AuditAction;
    changes?: FieldChange[];
    at: string;
    /** An import's row: the file it read and what it created. */
    fileName?: string;
    created?: ImportLog;
  },
): Promise<void> {
  const user = await currentUser(ctx.db);
  const office = (await ctx.db.settings.get(OFFICE_LABEL_KEY))?.value;
  await ctx.db.audit.add({
    id: asAuditId(ctx.newId()),
    at: entry.at,
    user,
    ...(typeof office === 'string' && office !== '' ? { office } : {}),
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    // Absent values are stored as null: `undefined` vanishes from exported JSON and the restored
    // audit row would no longer match (a first-time setting has no "before").
    ...(entry.changes
      ? {
          changes: entry.changes.map((c) => ({
            field: c.field,
            before: c.before ?? null,
            after: c.after ?? null,
          })),
        }
      : {}),
    ...(entry.fileName ? { fileName: entry.fileName } : {}),
    ...(entry.created && entry.created.records.length > 0
      ? { records: entry.created.records }
      : {}),
  });
}
