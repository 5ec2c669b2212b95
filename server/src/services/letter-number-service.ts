import { withTx, type Actor, type Db } from '../db/pool';
import { writeAudit } from './audit';

/**
 * The next letter number of the account's office for a year, taken in one transaction: two PCs of
 * one office never get the same number. A kab/kota office counts on its own; the province's staff
 * share the province's counter.
 */
export async function allocateLetterNumber(
  db: Db,
  actor: Actor,
  year: number,
): Promise<{ year: number; sequence: number }> {
  return withTx(db, actor, async (tx) => {
    const office = await tx.query<{ province_code: string }>(
      'SELECT province_code FROM office WHERE id = 1',
    );
    const scope = actor.kabKotaCode ?? office.rows[0]?.province_code ?? 'provinsi';
    const { rows } = await tx.query<{ last_sequence: number }>(
      `INSERT INTO letter_counters (scope_code, year, last_sequence) VALUES ($1, $2, 1)
       ON CONFLICT (scope_code, year) DO UPDATE SET last_sequence = letter_counters.last_sequence + 1 RETURNING last_sequence`,
      [scope, year],
    );
    const sequence = rows[0]?.last_sequence ?? 0;
    await writeAudit(tx, actor.accountId, 'letter-number', 'letters', undefined, {
      scope,
      year,
      sequence,
    });
    return { year, sequence };
  });
}
