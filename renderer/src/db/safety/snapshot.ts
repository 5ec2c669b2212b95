import { assignOfficeIdentity } from '../migrations/0007-office-identity';
import { z } from 'zod';
import { attachmentMetaSchema } from '@shared/domain/attachment/attachment';
import { auditEntrySchema } from '@shared/domain/audit/audit';
import { awardRecordSchema } from '@shared/domain/award/award.schema';
import { credentialSchema } from '@shared/domain/credential/credential.schema';
import { enterpriseSchema } from '@shared/domain/enterprise/enterprise.schema';
import { nominationSchema } from '@shared/domain/nomination/nomination.schema';
import { productSchema } from '@shared/domain/product/product.schema';
import { roundSchema } from '@shared/domain/round/round.schema';
import { sentraDecreeSchema, sentraSchema } from '@shared/domain/sentra/sentra.schema';
import { sha256Hex } from '../blob-store';
import { crc32 } from '@shared/bundle/crc32';
import { upgradeLetterRow, upgradeRegisterRows } from '../migrations/0002-letter-register';
import {
  DATABASE_VERSION,
  REGISTER_TABLES,
  type OvopDatabase,
  type RegisterTableName,
} from '../database';
import { ValidationError, type FieldIssue } from '../errors';
import { ensureMarker, tableCounts } from './marker';
import type { BlobRecord } from '../registers/records';
import type { RepositoryContext } from '../context';
import { clearRestoreAttempt, recordRestoreAttempt } from './restore-attempt';
import { recomputeDerived } from './snapshot-derived';
import {
  BACKUP_FORMAT_VERSION,
  checkSnapshotIntegrity,
  newerBackupMessage,
  snapshotDigest,
  type BackupManifest,
} from './snapshot-manifest';
import { base64ToBytes, bytesToBase64 } from '../../platform/base64';

export const SNAPSHOT_FORMAT = 'ovop-desk-register';

/** Blob bytes travel as base64 so the whole snapshot is plain JSON. */
interface SnapshotBlob {
  readonly hash: string;
  readonly size: number;
  readonly base64: string;
}

export interface RegisterSnapshot {
  readonly format: typeof SNAPSHOT_FORMAT;
  /** Absent in format 1 (older backups); see snapshot-manifest.ts. */
  readonly formatVersion: typeof BACKUP_FORMAT_VERSION;
  readonly manifest: BackupManifest;
  readonly schemaVersion: number;
  readonly exportedAt: string;
  readonly registerId: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly tables: Readonly<Record<Exclude<RegisterTableName, 'blobs'>, readonly unknown[]>> & {
    readonly blobs: readonly SnapshotBlob[];
  };
}

/** Domain schemas for tables whose rows are domain entities (record keys are allowed on top). */
const ROW_SCHEMAS: Partial<Record<RegisterTableName, z.ZodType>> = {
  sentras: sentraSchema,
  decrees: sentraDecreeSchema,
  enterprises: enterpriseSchema,
  products: productSchema,
  credentials: credentialSchema,
  attachments: attachmentMetaSchema,
  awards: awardRecordSchema,
  rounds: roundSchema,
  nominations: nominationSchema,
  audit: auditEntrySchema,
};

/** `exportAll` over a repository context (its database and clock), for features that hold only the context. */
export function exportAllOf(ctx: RepositoryContext): Promise<RegisterSnapshot> {
  return exportAll(ctx.db, ctx.now);
}

/**
 * The whole register as JSON-serialisable data, read in one transaction (a consistent cut; 'rw'
 * only because the marker row is created on first use).
 */
export async function exportAll(
  db: OvopDatabase,
  now: () => Date = () => new Date(),
): Promise<RegisterSnapshot> {
  const covered = await db.transaction(
    'rw',
    [...REGISTER_TABLES.map((t) => db.table(t)), db.marker],
    async () => {
      const marker = await ensureMarker(db, now);
      const entries = await Promise.all(
        REGISTER_TABLES.map(async (name) => [name, await db.table(name).toArray()] as const),
      );
      const tables = Object.fromEntries(
        entries.map(([name, rows]) =>
          name === 'blobs'
            ? [
                name,
                (rows as BlobRecord[]).map((b) => ({
                  hash: b.hash,
                  size: b.size,
                  base64: bytesToBase64(b.bytes),
                })),
              ]
            : [name, rows],
        ),
      ) as unknown as RegisterSnapshot['tables'];
      return {
        schemaVersion: DATABASE_VERSION,
        exportedAt: now().toISOString(),
        registerId: marker.registerId,
        counts: Object.fromEntries(entries.map(([name, rows]) => [name, rows.length])),
        tables,
      };
    },
  );
  return {
    format: SNAPSHOT_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    manifest: { algorithm: 'SHA-256', digest: await snapshotDigest(covered) },
    ...covered,
  };
}

const envelopeSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT, { error: 'Berkas ini bukan cadangan register OVOP Desk.' }),
  schemaVersion: z
    .number()
    .int()
    .min(1)
    .max(DATABASE_VERSION, { error: (issue) => newerBackupMessage('schema', Number(issue.input)) }),
  exportedAt: z.string(),
  registerId: z.string().min(1),
  counts: z.record(z.string(), z.number()),
  tables: z.record(
    z.string(),
    z.array(z.record(z.string(), z.unknown()), { error: 'Tabel cadangan rusak.' }),
  ),
  formatVersion: z.unknown().optional(),
  manifest: z.unknown().optional(),
});
const blobSchema = z.object({
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().min(0),
  base64: z.string(),
});

/**
 * Validates EVERYTHING first (envelope, version, counts and digest, every row against its domain
 * schema, every blob against its hash), then clears the register and writes the snapshot in one
 * transaction, with derived fields computed again. Throws ValidationError (nothing written) when
 * anything is wrong. The attempt is recorded first (restore-attempt.ts) so an interrupted restore
 * is reported at the next start.
 */
export async function restoreAll(
  db: OvopDatabase,
  input: unknown,
  now: () => Date = () => new Date(),
  source = 'cadangan',
): Promise<void> {
  const envelope = envelopeSchema.safeParse(input);
  if (!envelope.success) throw ValidationError.fromZod(envelope.error);
  const snapshot = envelope.data;
  const integrity = await checkSnapshotIntegrity(snapshot);
  if (!integrity.ok) throw new ValidationError([{ path: '', message: integrity.message }]);
  const issues: FieldIssue[] = [];
  for (const name of REGISTER_TABLES) {
    const rows = snapshot.tables[name] ?? [];
    const schema = ROW_SCHEMAS[name];
    if (schema) {
      rows.forEach((row, index) => {
        const result = schema.safeParse(row);
        if (!result.success)
          issues.push(
            ...ValidationError.fromZod(result.error).issues.map((i) => ({
              ...i,
              path: `${name}[${index}].${i.path}`,
            })),
          );
      });
    }
  }
  const blobs: BlobRecord[] = [];
  for (const [index, raw] of (snapshot.tables.blobs ?? []).entries()) {
    const parsed = blobSchema.safeParse(raw);
    if (!parsed.success) {
      issues.push({ path: `blobs[${index}]`, message: 'Data berkas rusak.' });
      continue;
    }
    const bytes = base64ToBytes(parsed.data.base64);
    if ((await sha256Hex(bytes)) !== parsed.data.hash)
      issues.push({
        path: `blobs[${index}]`,
        message: 'Sidik berkas tidak cocok; cadangan rusak.',
      });
    else blobs.push({ hash: parsed.data.hash, size: bytes.byteLength, bytes, crc32: crc32(bytes) });
  }
  if (issues.length > 0) throw new ValidationError(issues.slice(0, 50));

  // A backup made before migration 0002 holds version-1 letter rows: upgrade them like the migration does.
  // A backup made before migration 0007 has no office id of its own: it gets one like the migration gives.
  const identity = assignOfficeIdentity(
    {
      offices: (snapshot.tables.offices ?? []) as Record<string, unknown>[],
      settings: (snapshot.tables.settings ?? []) as Record<string, unknown>[],
      letters: (snapshot.tables.letters ?? []).map(upgradeLetterRow),
      letterRegister: upgradeRegisterRows(
        snapshot.tables.letterRegister ?? [],
        snapshot.tables.letters ?? [],
      ),
    },
    () => crypto.randomUUID(),
  );
  const derived = recomputeDerived(snapshot.tables);
  const rowsOf = (name: RegisterTableName): readonly unknown[] => {
    if (name === 'blobs') return blobs;
    if (name === 'settings') return identity.settings;
    if (name === 'letters') return identity.letters;
    if (name === 'letterRegister') return identity.letterRegister;
    if (name === 'enterprises' || name === 'sentras') return derived[name];
    return snapshot.tables[name] ?? [];
  };
  await recordRestoreAttempt(db, source, now);
  await replaceRegister(db, rowsOf, snapshot.registerId, now).catch(async (error: unknown) => {
    // Refused by IndexedDB (not killed): nothing was written, so there is nothing to report later.
    await clearRestoreAttempt(db).catch(() => undefined);
    throw error;
  });
}

async function replaceRegister(
  db: OvopDatabase,
  rowsOf: (name: RegisterTableName) => readonly unknown[],
  registerId: string,
  now: () => Date,
): Promise<void> {
  await db.transaction('rw', [...REGISTER_TABLES.map((t) => db.table(t)), db.marker], async () => {
    for (const name of REGISTER_TABLES) await db.table(name).clear();
    for (const name of REGISTER_TABLES) {
      const rows = rowsOf(name);
      if (rows.length > 0) await db.table(name).bulkAdd(rows);
    }
    await clearRestoreAttempt(db);
    await db.marker.put({
      id: 'register',
      registerId,
      counts: await tableCounts(db),
      updatedAt: now().toISOString(),
    });
  });
}
