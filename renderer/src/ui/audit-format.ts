import {
  AUDIT_ACTION_LABELS,
  type AuditAction,
  type AuditEntry,
  type FieldChange,
} from '@shared/domain/audit/audit';
import { formatLongDate } from '@shared/text';

/** Longest before/after text shown in the history; longer values end in `…`. */
const AUDIT_VALUE_MAX = 80;

const pad = (n: number): string => String(n).padStart(2, '0');

/** An audit timestamp in the PC's local time: `21 Mei 2024 14.05`. The raw text when it is not a date. */
export function formatAuditTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${formatLongDate(day)} ${pad(d.getHours())}.${pad(d.getMinutes())}`;
}

/** The action as a lower-case Indonesian verb: `diubah`. */
export function auditActionText(action: AuditAction): string {
  return AUDIT_ACTION_LABELS[action].toLowerCase();
}

/**
 * One before/after value as plain text: `(kosong)` for nothing, text as is, everything else as
 * JSON; cut to `max` characters with `…`.
 */
export function formatAuditValue(value: unknown, max: number = AUDIT_VALUE_MAX): string {
  if (value === null || value === undefined || value === '') return '(kosong)';
  let text: string;
  if (typeof value === 'string') text = value;
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, Math.max(1, max - 1))}…` : text;
}

/** `Nama IKM: UD Lama → UD Baru`, with the field's label when one is known. */
export function formatFieldChange(
  change: { field: string; before: unknown; after: unknown },
  labels: Readonly<Record<string, string>> = {},
): string {
  const label = labels[change.field] ?? change.field;
  return `${label}: ${formatAuditValue(change.before)} → ${formatAuditValue(change.after)}`;
}

/** Field names the history shows in words (any other field keeps its stored name). */
export const AUDIT_FIELD_LABELS: Readonly<Record<string, string>> = {
  name: 'Nama',
  ownerName: 'Nama pemilik',
  nib: 'NIB',
  address: 'Alamat',
  regionCode: 'Wilayah',
  phone: 'Telepon',
  email: 'Surel',
  yearFounded: 'Tahun berdiri',
  workerCount: 'Jumlah tenaga kerja',
  investmentRupiah: 'Nilai investasi',
  sentraId: 'Sentra',
  isLeadFirm: 'IKM penghela',
  siinasAccount: 'Akun SIINas',
  siinasProofHash: 'Bukti SIINas',
  notes: 'Catatan',
  commodity: 'Komoditi',
  unitCount: 'Jumlah unit usaha',
  decreeId: 'SK penetapan',
  leadEnterpriseId: 'IKM penghela',
  deletedAt: 'Dihapus pada',
  kind: 'Jenis',
  number: 'Nomor',
  issuer: 'Penerbit',
  issuedOn: 'Tanggal terbit',
  expiresOn: 'Tanggal berakhir',
  scanHash: 'Pindaian',
  productId: 'Produk',
  caption: 'Keterangan',
  checklistItemId: 'Memenuhi persyaratan',
  capacity: 'Kapasitas',
  markets: 'Pasar',
  story: 'Cerita produk',
};

/** Keys that identify the record or its parent: the same on every version, never worth a line. */
const ID_FIELDS: readonly string[] = ['id', 'enterpriseId'];

/**
 * The changes worth listing for one entry: none for a creation (the record is shown elsewhere),
 * no id fields, and no change that reads the same on both sides (`''` → `null`).
 */
export function visibleChanges(entry: Pick<AuditEntry, 'action' | 'changes'>): FieldChange[] {
  if (entry.action === 'create' || !entry.changes) return [];
  return entry.changes.filter(
    (c) => !ID_FIELDS.includes(c.field) && formatAuditValue(c.before) !== formatAuditValue(c.after),
  );
}
