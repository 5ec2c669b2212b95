import { COMMODITY_LABELS, type Commodity } from '../domain/common/commodity';
import { formatShortDate } from '../domain/common/date';
import type { Enterprise } from '../domain/enterprise/enterprise';
import type { RegisterEntry, RegisterStatus } from '../domain/letter/numbering';
import { NOMINATION_STATUS_LABELS, type Nomination } from '../domain/nomination/nomination';
import type { Sentra } from '../domain/sentra/sentra';
import type { ExportCell } from './csv-write';

/**
 * What each export holds, column by column. Headers for sentra and IKM are the import template's,
 * so an exported file imports again unchanged. `user: true` marks cells that come from user data
 * (written as text cells in XLSX, formula-guarded in CSV); the rest are numbers/dates the app made.
 */
export interface ExportColumn<Row> {
  readonly header: string;
  readonly width: number;
  readonly value: (row: Row, names: RegionNames) => ExportCell;
}

/** Region names by code (the caller looks them up; blank when unknown). */
export interface RegionNames {
  kabKota(code: string): string;
  kecamatan(code: string): string;
  desa(code: string): string;
}

const NO_REGION_NAMES: RegionNames = {
  kabKota: () => '',
  kecamatan: () => '',
  desa: () => '',
};

const kab = (code: string): string => code.split('.').slice(0, 2).join('.');
const kec = (code: string): string => code.split('.').slice(0, 3).join('.');

/**
 * An IKM with what its export row shows besides its own fields: its first live product (name and
 * commodity) and the name of its sentra. The import turns these columns back into the product and
 * the sentra link.
 */
export type EnterpriseExportRow = Enterprise & {
  readonly productName?: string;
  readonly productCommodity?: Commodity;
  readonly sentraName?: string;
};

export const ENTERPRISE_COLUMNS: readonly ExportColumn<EnterpriseExportRow>[] = [
  { header: 'Nama IKM', width: 32, value: (e) => e.name },
  { header: 'Nama Pemilik', width: 24, value: (e) => e.ownerName },
  { header: 'NIB', width: 16, value: (e) => e.nib },
  { header: 'Alamat', width: 32, value: (e) => e.address },
  { header: 'Kode Wilayah', width: 16, value: (e) => e.regionCode },
  { header: 'Kabupaten/Kota', width: 24, value: (e, n) => n.kabKota(kab(e.regionCode)) },
  { header: 'Kecamatan', width: 20, value: (e, n) => n.kecamatan(kec(e.regionCode)) },
  { header: 'Desa/Kelurahan', width: 20, value: (e, n) => n.desa(e.regionCode) },
  { header: 'Telepon/HP', width: 16, value: (e) => e.phone },
  { header: 'Email', width: 24, value: (e) => e.email },
  { header: 'Tahun Berdiri', width: 12, value: (e) => e.yearFounded },
  { header: 'Tenaga Kerja', width: 12, value: (e) => e.workerCount },
  { header: 'Investasi', width: 16, value: (e) => e.investmentRupiah },
  { header: 'Penghela', width: 10, value: (e) => (e.isLeadFirm ? 'ya' : 'tidak') },
  { header: 'Akun SIINas', width: 18, value: (e) => e.siinasAccount ?? '' },
  { header: 'Produk', width: 28, value: (e) => e.productName ?? '' },
  {
    header: 'Komoditi',
    width: 20,
    value: (e) => (e.productCommodity ? COMMODITY_LABELS[e.productCommodity] : ''),
  },
  { header: 'Sentra', width: 28, value: (e) => e.sentraName ?? '' },
  { header: 'Catatan', width: 32, value: (e) => e.notes },
];

export const SENTRA_COLUMNS: readonly ExportColumn<Sentra>[] = [
  { header: 'Nama Sentra', width: 32, value: (s) => s.name },
  { header: 'Komoditi', width: 20, value: (s) => COMMODITY_LABELS[s.commodity] },
  { header: 'Kode Wilayah', width: 16, value: (s) => s.regionCode },
  { header: 'Kabupaten/Kota', width: 24, value: (s, n) => n.kabKota(kab(s.regionCode)) },
  { header: 'Kecamatan', width: 20, value: (s, n) => n.kecamatan(kec(s.regionCode)) },
  {
    header: 'Desa/Kelurahan',
    width: 20,
    value: (s, n) => (s.regionCode.split('.').length === 4 ? n.desa(s.regionCode) : ''),
  },
  { header: 'Alamat', width: 32, value: (s) => s.address },
  { header: 'Jumlah Unit Usaha', width: 14, value: (s) => s.unitCount },
  { header: 'Tenaga Kerja', width: 12, value: (s) => s.workerCount },
  { header: 'Catatan', width: 32, value: (s) => s.notes },
];

/** A nomination with the names the export shows (the caller joins them). */
export interface NominationExportRow {
  readonly nomination: Nomination;
  readonly enterpriseName: string;
  readonly productName: string;
  readonly roundYear: number | undefined;
  readonly commodity?: Commodity;
}

export const NOMINATION_COLUMNS: readonly ExportColumn<NominationExportRow>[] = [
  { header: 'Tahun', width: 8, value: (r) => r.roundYear },
  { header: 'Nama IKM', width: 32, value: (r) => r.enterpriseName },
  { header: 'Produk', width: 28, value: (r) => r.productName },
  {
    header: 'Komoditi',
    width: 20,
    value: (r) => (r.commodity ? COMMODITY_LABELS[r.commodity] : ''),
  },
  {
    header: 'Jenis Usulan',
    width: 14,
    value: (r) => (r.nomination.kind === 'baru' ? 'Baru' : 'Evaluasi ulang'),
  },
  { header: 'Status', width: 18, value: (r) => NOMINATION_STATUS_LABELS[r.nomination.status] },
  { header: 'Bintang', width: 8, value: (r) => r.nomination.stars },
  { header: 'Nomor Portal', width: 18, value: (r) => r.nomination.portalReference ?? '' },
  { header: 'Catatan', width: 32, value: (r) => r.nomination.notes },
  {
    header: 'Diubah',
    width: 14,
    value: (r) => formatShortDate(r.nomination.updatedAt.slice(0, 10)),
  },
];

/** One entry of the outgoing-letter register (letters.md), plus a cancellation reason if any. */
export type LetterRegisterExportRow = RegisterEntry & { readonly cancelReason?: string };

const REGISTER_STATUS_LABELS: Record<RegisterStatus, string> = {
  draft: 'Konsep',
  final: 'Final',
  signed: 'Ditandatangani',
  sent: 'Terkirim',
  batal: 'Batal',
};

export const LETTER_REGISTER_COLUMNS: readonly ExportColumn<LetterRegisterExportRow>[] = [
  { header: 'Nomor Surat', width: 28, value: (r) => r.number },
  { header: 'Tanggal', width: 16, value: (r) => formatShortDate(r.date) },
  { header: 'Sifat', width: 12, value: (r) => r.sifat },
  { header: 'Hal', width: 40, value: (r) => r.hal },
  { header: 'Tujuan', width: 36, value: (r) => r.addressee },
  { header: 'Tembusan', width: 40, value: (r) => r.copyTo.join('; ') },
  { header: 'Penanda Tangan', width: 28, value: (r) => r.signer },
  { header: 'Jumlah Lampiran', width: 10, value: (r) => r.attachmentCount },
  { header: 'Status', width: 14, value: (r) => REGISTER_STATUS_LABELS[r.status] },
  { header: 'Alasan Batal', width: 28, value: (r) => r.cancelReason ?? '' },
  { header: 'SHA-256 PDF Final', width: 30, value: (r) => r.finalPdfHash ?? '' },
  { header: 'SHA-256 Salinan Bertanda Tangan', width: 30, value: (r) => r.signedCopyHash ?? '' },
];

/** Header row + one row per record, ready for toCsv or the XLSX writer. */
export function shapeRows<Row>(
  columns: readonly ExportColumn<Row>[],
  rows: readonly Row[],
  names: RegionNames = NO_REGION_NAMES,
): ExportCell[][] {
  return [
    columns.map((c) => c.header),
    ...rows.map((row) => columns.map((c) => c.value(row, names))),
  ];
}
