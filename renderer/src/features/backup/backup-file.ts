import { z } from 'zod';
import type { REGISTER_TABLES} from '../../db';
import { exportAll, restoreAll, SNAPSHOT_FORMAT, type RegisterSnapshot, type RepositoryContext } from '../../db';

/** Backup files are the register snapshot as UTF-8 JSON (the same bytes desktop snapshots hold). */
export const BACKUP_EXTENSION = 'ovop-backup.json';

export async function backupBytes(ctx: RepositoryContext): Promise<{ bytes: Uint8Array; snapshot: RegisterSnapshot }> {
  const snapshot = await exportAll(ctx.db, ctx.now);
  return { bytes: new TextEncoder().encode(JSON.stringify(snapshot)), snapshot };
}

export function backupFileName(at: Date): string {
  const stamp = at.toISOString().slice(0, 16).replace(/[:T]/g, '-');
  return `register-ovop-${stamp}.${BACKUP_EXTENSION}`;
}

const headSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  exportedAt: z.string(),
  registerId: z.string(),
  counts: z.record(z.string(), z.number()),
});

export interface BackupPreview {
  readonly exportedAt: string;
  readonly registerId: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly data: unknown;
}

/** Parses a backup file enough to show what it holds; the full check happens in restoreAll. */
export function previewBackup(bytes: Uint8Array): { ok: true; preview: BackupPreview } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, message: 'Berkas ini bukan cadangan OVOP Desk (bukan JSON yang sah).' };
  }
  const head = headSchema.safeParse(data);
  if (!head.success) return { ok: false, message: 'Berkas ini bukan cadangan register OVOP Desk.' };
  return { ok: true, preview: { ...head.data, data } };
}

/** Validates everything, then replaces the register in one transaction (restoreAll). */
export async function restoreBackup(ctx: RepositoryContext, preview: BackupPreview): Promise<void> {
  await restoreAll(ctx.db, preview.data, ctx.now);
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
