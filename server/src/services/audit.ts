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
