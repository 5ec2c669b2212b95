import { sha256Hex } from '../blob-store';
import { DATABASE_VERSION, REGISTER_TABLES } from '../database';

/**
 * Backup format versions. 1: records and declared counts, no digest (still restorable; its counts
 * are checked, its content cannot be proven). 2: a manifest whose SHA-256 digest covers the
 * register id, schema version, export time, the counts per table and every record (blobs by their
 * own hash and size, their bytes being checked against that hash).
 */
export const BACKUP_FORMAT_VERSION = 2;

export interface BackupManifest {
  readonly algorithm: 'SHA-256';
  readonly digest: string;
}

export const TAMPERED_MESSAGE =
  'Isi cadangan tidak cocok dengan sidiknya — berkas diubah atau rusak. Register tidak diubah.';

/** The parts of a snapshot the digest covers (as parsed from JSON or as exported). */
export interface DigestInput {
  readonly registerId: string;
  readonly schemaVersion: number;
  readonly exportedAt: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly tables: Readonly<Record<string, readonly unknown[]>>;
}

function blobForDigest(blob: unknown): unknown {
  if (typeof blob !== 'object' || blob === null) return blob;
  const { hash, size } = blob as { hash?: unknown; size?: unknown };
  return { hash, size };
}

/**
 * SHA-256 over the canonical JSON of the covered parts. Rows are serialised as stored: JSON keeps
 * key order, so the same text comes back after a file round trip and any edited value changes it.
 */
export async function snapshotDigest(input: DigestInput): Promise<string> {
  const tables = REGISTER_TABLES.map((name) => {
    const rows = input.tables[name] ?? [];
    return [name, name === 'blobs' ? rows.map(blobForDigest) : rows];
  });
  const text = JSON.stringify([
    input.registerId,
    input.schemaVersion,
    input.exportedAt,
    input.counts,
    tables,
  ]);
  return sha256Hex(new TextEncoder().encode(text));
}

export function newerBackupMessage(what: 'format' | 'schema', found: number): string {
  const known = what === 'format' ? BACKUP_FORMAT_VERSION : DATABASE_VERSION;
  return (
    `Cadangan ini dibuat oleh OVOP Desk versi yang lebih baru (${what === 'format' ? 'format cadangan' : 'versi data'} ${found}; ` +
    `aplikasi ini mengenal sampai ${known}). Perbarui aplikasi terlebih dahulu, lalu pulihkan lagi. Register tidak diubah.`
  );
}

const TABLE_NAMES: Readonly<Record<string, string>> = {
  sentras: 'Sentra IKM',
  decrees: 'SK sentra',
  enterprises: 'IKM',
  products: 'Produk',
  credentials: 'Legalitas',
  attachments: 'Lampiran',
  blobs: 'Isi berkas',
  nominations: 'Usulan',
  rounds: 'Periode',
  letters: 'Surat',
  letterRegister: 'Register nomor surat',
  audit: 'Riwayat perubahan',
  importJournal: 'Riwayat impor',
};

export type IntegrityCheck =
  | { readonly ok: true; readonly verified: boolean }
  | { readonly ok: false; readonly message: string };

/**
 * Checks a parsed snapshot before anything is offered for restore: version first (a newer file is
 * refused in plain words), then the declared counts against the rows present, then the digest.
 * `verified` is false for a format-1 file (no digest to check).
 */
export async function checkSnapshotIntegrity(
  data: DigestInput & { readonly formatVersion?: unknown; readonly manifest?: unknown },
): Promise<IntegrityCheck> {
  const formatVersion = data.formatVersion ?? 1;
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1)
    return { ok: false, message: 'Versi format cadangan tidak dikenal; berkas rusak.' };
  if (formatVersion > BACKUP_FORMAT_VERSION)
    return { ok: false, message: newerBackupMessage('format', formatVersion) };
  if (data.schemaVersion > DATABASE_VERSION)
    return { ok: false, message: newerBackupMessage('schema', data.schemaVersion) };
  const names = new Set([...Object.keys(data.counts), ...Object.keys(data.tables)]);
  for (const name of names) {
    const declared = data.counts[name] ?? 0;
    const present = data.tables[name]?.length ?? 0;
    if (declared !== present) {
      return {
        ok: false,
        message: `Jumlah baris ${TABLE_NAMES[name] ?? name} di cadangan (${present}) tidak sama dengan yang tercatat (${declared}) — berkas diubah atau rusak. Register tidak diubah.`,
      };
    }
  }
  if (formatVersion === 1) return { ok: true, verified: false };
  const manifest = data.manifest as Partial<BackupManifest> | undefined;
  if (
    typeof manifest !== 'object' ||
    manifest === null ||
    manifest.algorithm !== 'SHA-256' ||
    typeof manifest.digest !== 'string'
  )
    return { ok: false, message: TAMPERED_MESSAGE };
  if ((await snapshotDigest(data)) !== manifest.digest)
    return { ok: false, message: TAMPERED_MESSAGE };
  return { ok: true, verified: true };
}
