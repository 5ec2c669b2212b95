import { freeSpace, isDesktop } from '../../platform/api';
import type { RepositoryContext } from '../../db';
import { backupBytes, backupFileName } from '../backup/backup-file';
import { takeSnapshot } from '../backup/snapshots';
import { saveBytes } from '../../platform/api';
import { canWriteBytes } from './storage-probe';

const MB = 1024 * 1024;
/** Measured rows are ~1–2 KB with indexes; leave room for the snapshot and a wide margin. */
const BYTES_PER_ROW = 8 * 1024;
const MARGIN = 200 * MB;
/** Web mode: what a trial write must manage beyond the rows themselves before an import may start. */
const WEB_PROBE_MARGIN = 64 * MB;

const mb = (n: number): string => `${Math.round(n / MB).toLocaleString('id-ID')} MB`;

/** Refuses an import when the disk (desktop) or the browser storage (web: quota, then a trial write) has too little room. */
export async function checkFreeSpace(
  rowCount: number,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const needed = rowCount * BYTES_PER_ROW + MARGIN;
  let free: number | undefined;
  if (isDesktop()) {
    const result = await freeSpace().catch(() => undefined);
    if (result?.available) free = result.value.freeBytes;
  } else if (typeof navigator !== 'undefined' && navigator.storage?.estimate) {
    const estimate = await navigator.storage.estimate().catch(() => undefined);
    if (estimate?.quota !== undefined) free = estimate.quota - (estimate.usage ?? 0);
  }
  if (free !== undefined && free < needed) return refuseLowSpace(free, rowCount, needed);
  if (!isDesktop()) {
    // estimate() does not see the disk in Chromium: a trial write does (see storage-probe.ts).
    const probe = rowCount * BYTES_PER_ROW + WEB_PROBE_MARGIN;
    if ((await canWriteBytes(probe)) === false) {
      return {
        ok: false,
        message: `Ruang penyimpanan tidak cukup: uji tulis ${mb(probe)} gagal, sedangkan impor ${rowCount.toLocaleString('id-ID')} baris membutuhkan ruang sebanyak itu. Disk yang penuh dapat membuat peramban menghapus seluruh basis data, jadi impor ditolak. Kosongkan ruang disk lalu coba lagi.`,
      };
    }
  }
  return { ok: true };
}

function refuseLowSpace(
  free: number,
  rowCount: number,
  needed: number,
): { ok: false; message: string } {
  return {
    ok: false,
    message: `Ruang penyimpanan tinggal ${mb(free)}, sedangkan impor ${rowCount.toLocaleString('id-ID')} baris membutuhkan sekitar ${mb(needed)} (data, indeks dan cadangan). Disk yang penuh dapat membuat peramban menghapus seluruh basis data, jadi impor ditolak. Kosongkan ruang disk lalu coba lagi.`,
  };
}

/**
 * The copy taken before an import: a snapshot file on desktop (reason 'pre-import'); on the web a
 * backup file offered as a download (the browser has no folder of its own outside IndexedDB).
 */
export async function backupBeforeImport(ctx: RepositoryContext): Promise<string> {
  if (isDesktop()) {
    const result = await takeSnapshot(ctx, 'pre-import');
    if (!result.written) throw new Error(result.message);
    return `Cuplikan sebelum impor disimpan (${result.name}).`;
  }
  const { bytes } = await backupBytes(ctx);
  const name = backupFileName(ctx.now());
  await saveBytes(name, bytes, [{ name: 'Cadangan OVOP Desk', extensions: ['json'] }]);
  return `Berkas cadangan ${name} diunduh; simpan berkas itu.`;
}
