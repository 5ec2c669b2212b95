import { emptyImportLog, writeAudit, type ImportLog } from '../registers/audit-writer';
import { currentUser, nextTimestamp, type RepositoryContext } from '../context';
import { REGISTER_TABLES } from '../database';
import type { ImportJournalRecord } from '../registers/records';

/**
 * Runs a whole import as ONE read-write transaction over the register plus one journal row: a kill,
 * a crash or a throwing `apply` leaves nothing of it (measured: chunked imports leave partial data).
 *
 * `apply` may call repositories (their transactions nest inside this one) but must do nothing but
 * database work: awaiting anything else (fetch, IPC, file reading, blob storage through IPC) lets
 * IndexedDB commit early. Read and store attachment bytes before calling runImport.
 */
export async function runImport<Row>(
  ctx: RepositoryContext,
  kind: string,
  rows: readonly Row[],
  apply: (row: Row, index: number) => Promise<void>,
  details: Pick<ImportJournalRecord, 'bundle'> = {},
): Promise<ImportJournalRecord> {
  return runBulkImport(
    ctx,
    kind,
    rows.length,
    async () => {
      for (const [index, row] of rows.entries()) await apply(row, index);
    },
    details,
  );
}

/** The journal row's details, and the spreadsheet's file name for the import's audit row. */
export type ImportDetails = Pick<ImportJournalRecord, 'bundle'> & { readonly fileName?: string };

/**
 * Like runImport, for bulk writers (e.g. `enterpriseRepository(ctx).bulkCreate(forms, [], log)`):
 * `write` stores all `rowCount` rows itself, inside the same single transaction as the journal row
 * and its audit row, stamps what it creates with `log.at` and notes the IKM in `log`: the import's
 * ONE audit row, dated `log.at`, lists them, so each record's history shows the import. Same rule:
 * nothing but database work inside `write`.
 */
export async function runBulkImport(
  ctx: RepositoryContext,
  kind: string,
  rowCount: number,
  write: (log: ImportLog) => Promise<unknown>,
  details: ImportDetails = {},
): Promise<ImportJournalRecord> {
  const { db } = ctx;
  const { fileName, ...journalDetails } = details;
  const tables = [...REGISTER_TABLES.map((name) => db.table(name)), db.marker];
  return db.transaction('rw', tables, async () => {
    // One time for the whole import: its records are created at it and its rows are dated by it.
    const at = nextTimestamp(ctx);
    const log = emptyImportLog(at);
    await write(log);
    const journal: ImportJournalRecord = {
      id: ctx.newId(),
      at,
      user: await currentUser(db),
      kind,
      rowCount,
      status: 'committed',
      ...journalDetails,
    };
    await db.importJournal.add(journal);
    await writeAudit(ctx, {
      entity: 'import',
      entityId: journal.id,
      action: 'import',
      at,
      ...(fileName ? { fileName } : {}),
      created: log,
    });
    return journal;
  });
}
