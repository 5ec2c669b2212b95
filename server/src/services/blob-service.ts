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
