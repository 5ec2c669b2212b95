import { LETTER_STATUS_LABELS } from '../domain/letter/letter';
import { NOMINATION_KIND_LABELS, NOMINATION_STATUS_LABELS } from '../domain/nomination/nomination';
import type { BundleTable } from './bundle-data';
import { isBlank } from './stable-json';

/** Indonesian names of the record fields the merge preview shows side by side. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  name: 'Nama',
  ownerName: 'Nama pemilik',
  nib: 'NIB',
  address: 'Alamat',
  regionCode: 'Kode wilayah',
  phone: 'Telepon',
  email: 'Surel',
  yearFounded: 'Tahun berdiri',
  workerCount: 'Jumlah tenaga kerja',
  unitCount: 'Jumlah unit usaha',
  investmentRupiah: 'Nilai investasi',
  sentraId: 'Sentra',
  isLeadFirm: 'Penghela',
  notes: 'Catatan',
  commodity: 'Komoditi',
  decreeId: 'SK sentra',
  number: 'Nomor',
  date: 'Tanggal',
  signedBy: 'Penanda tangan',
  year: 'Tahun',
  opensOn: 'Tanggal pembukaan',
  closesOn: 'Tanggal penutupan',
  quota: 'Kuota',
  documentChecklist: 'Daftar persyaratan',
  requiredPhotos: 'Jumlah foto wajib',
  status: 'Status',
  history: 'Riwayat status',
  kind: 'Jenis',
  sample: 'Sampel',
  letterId: 'Surat',
  deletedAt: 'Dihapus',
  officeRegionCode: 'Kantor asal',
  starScale: 'Skala bintang',
  minMonthsProducedPerYear: 'Bulan produksi minimal per tahun',
  rubric: 'Rubrik penilaian',
  requestLetter: 'Surat permintaan Kementerian',
  hal: 'Hal',
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

/** Coded values a reader knows by their Indonesian names, per table and field. */
const VALUE_LABELS: Partial<Record<BundleTable, Record<string, Readonly<Record<string, string>>>>> =
  {
    nominations: { status: NOMINATION_STATUS_LABELS, kind: NOMINATION_KIND_LABELS },
    letters: { status: LETTER_STATUS_LABELS },
  };

/** A field's value as one short line ("—" for empty); coded values by their Indonesian names. */
export function fieldValue(value: unknown, field?: string, table?: BundleTable): string {
  if (isBlank(value)) return '—';
  const named =
    typeof value === 'string' && table && field ? VALUE_LABELS[table]?.[field]?.[value] : undefined;
  if (named) return named;
  if (typeof value === 'boolean') return value ? 'ya' : 'tidak';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `${value.length} entri`;
  // A group of fields (e.g. the ministry's letter): its filled parts by their Indonesian names.
  const parts = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => !isBlank(v))
    .map(([k, v]) => `${fieldLabel(k)}: ${fieldValue(v)}`)
    .join('; ');
  return parts.length > 80 ? `${parts.slice(0, 77)}…` : parts;
}
