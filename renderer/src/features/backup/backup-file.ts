import { z } from 'zod';
import type { REGISTER_TABLES } from '../../db';
import {
  checkSnapshotIntegrity,
  exportAll,
  restoreAll,
  SNAPSHOT_FORMAT,
  type RegisterSnapshot,
  type RepositoryContext,
} from '../../db';

/** Backup files are the register snapshot as UTF-8 JSON (the same bytes desktop snapshots hold). */
const BACKUP_EXTENSION = 'ovop-backup.json';

export async function backupBytes(
  ctx: RepositoryContext,
): Promise<{ bytes: Uint8Array; snapshot: RegisterSnapshot }> {
  const snapshot = await exportAll(ctx.db, ctx.now);
  return { bytes: new TextEncoder().encode(JSON.stringify(snapshot)), snapshot };
}

export function backupFileName(at: Date): string {
  const stamp = at.toISOString().slice(0, 16).replace(/[:T]/g, '-');
  return `register-ovop-${stamp}.${BACKUP_EXTENSION}`;
}

const headSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  schemaVersion: z.number(),
  exportedAt: z.string(),
  registerId: z.string(),
  counts: z.record(z.string(), z.number()),
});

const bodySchema = z.object({
  tables: z.record(z.string(), z.array(z.unknown())),
  formatVersion: z.unknown().optional(),
  manifest: z.unknown().optional(),
});

export interface BackupPreview {
  readonly exportedAt: string;
  readonly registerId: string;
  readonly counts: Readonly<Record<string, number>>;
  /** False for a format-1 backup: it carries no digest, so its content cannot be proven. */
  readonly verified: boolean;
  readonly data: unknown;
}

export type PreviewResult = { ok: true; preview: BackupPreview } | { ok: false; message: string };

/**
 * Reads a backup's head (what it says it holds) without checking its content: for the start-up
 * comparison with the newest desktop snapshot, whose file the main process verified already.
 */
export function readBackupHead(bytes: Uint8Array): PreviewResult {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, message: 'Berkas ini bukan cadangan OVOP Desk (bukan JSON yang sah).' };
  }
  const head = headSchema.safeParse(data);
  if (!head.success) return { ok: false, message: 'Berkas ini bukan cadangan register OVOP Desk.' };
  const { exportedAt, registerId, counts } = head.data;
  return { ok: true, preview: { exportedAt, registerId, counts, verified: false, data } };
}

/**
 * Everything that can be said about a backup before it is offered for restore: that it is one, that
 * this app version can read it, that its counts and its digest match its records. Rows are checked
 * against their schemas again by restoreAll.
 */
export async function previewBackup(bytes: Uint8Array): Promise<PreviewResult> {
  const head = readBackupHead(bytes);
  if (!head.ok) return head;
  const body = bodySchema.safeParse(head.preview.data);
  if (!body.success)
    return { ok: false, message: 'Tabel cadangan rusak; berkas tidak dapat dipulihkan.' };
  const integrity = await checkSnapshotIntegrity({
    ...(head.preview.data as z.infer<typeof headSchema>),
    ...body.data,
  });
  if (!integrity.ok) return integrity;
  return { ok: true, preview: { ...head.preview, verified: integrity.verified } };
}

/** Validates everything, then replaces the register in one transaction (restoreAll). */
export async function restoreBackup(
  ctx: RepositoryContext,
  preview: BackupPreview,
  source: string,
): Promise<void> {
  await restoreAll(ctx.db, preview.data, ctx.now, source);
}

export const TABLE_LABELS: Partial<Record<(typeof REGISTER_TABLES)[number], string>> = {
  sentras: 'Sentra IKM',
  enterprises: 'IKM',
  products: 'Produk',
  credentials: 'Legalitas',
  attachments: 'Lampiran',
  nominations: 'Usulan',
  rounds: 'Periode',
  letters: 'Surat',
  letterRegister: 'Register nomor surat',
  importJournal: 'Riwayat impor',
};
