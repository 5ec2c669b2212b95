import { createHash } from 'node:crypto';
import type { Actor, Db } from '../db/pool';
import { HttpError } from '../http/http-error';

/** Attachment bytes by SHA-256: stored once however many records point at them. */
export async function putBlob(
  db: Db,
  actor: Actor,
  hash: string,
  bytes: Buffer,
): Promise<{ created: boolean }> {
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== hash)
    throw new HttpError(
      422,
      'Isi berkas tidak cocok dengan sidik SHA-256-nya; berkas rusak di jalan, kirim ulang.',
    );
  const { rowCount } = await db.query(
    'INSERT INTO blobs (hash, size, bytes, created_by) VALUES ($1, $2, $3, $4) ON CONFLICT (hash) DO NOTHING',
    [hash, bytes.length, bytes, actor.accountId],
  );
  return { created: rowCount === 1 };
}

export async function getBlob(db: Db, hash: string): Promise<Buffer | undefined> {
  const { rows } = await db.query<{ bytes: Buffer }>('SELECT bytes FROM blobs WHERE hash = $1', [
    hash,
  ]);
  return rows[0]?.bytes;
}

/** Of `hashes`, those with no stored bytes (each once, in the order asked). */
export async function missingBlobs(db: Db, hashes: readonly string[]): Promise<string[]> {
  const unique = [...new Set(hashes)];
  if (unique.length === 0) return [];
  const { rows } = await db.query<{ hash: string }>(
    'SELECT hash FROM blobs WHERE hash = ANY($1::text[])',
    [unique],
  );
  const present = new Set(rows.map((r) => r.hash));
  return unique.filter((h) => !present.has(h));
}
