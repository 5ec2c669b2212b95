import { COMMODITY_LABELS } from '../domain/common/commodity';
import {
  CREDENTIAL_KINDS,
  CREDENTIAL_KIND_LABELS,
  type CredentialKind,
} from '../domain/credential/credential.schema';
import { NOMINATION_KIND_LABELS } from '../domain/nomination/nomination.schema';
import { CAPACITY_PERIOD_LABELS } from '../domain/product/product.schema';
import { formatLongDate } from '../text/date';
import { formatRupiah } from '../text/rupiah';
import type { PackNominee } from './pack-input';
import type { PackPlan } from './pack-plan';
import { packableCredentials } from './pack-selection';

/** The rekap sheet as plain text cells: exceljs writes every cell as a string (never a formula). */
export interface RekapSheet {
  headers: string[];
  rows: string[][];
}

const CHECKLIST_KINDS: readonly CredentialKind[] = CREDENTIAL_KINDS.filter((k) => k !== 'lainnya');

const yes = (present: boolean): string => (present ? 'Ada' : 'Tidak ada');

function market(n: PackNominee): string {
  const m = n.product?.market;
  if (!m) return '';
  const parts = [
    m.local && 'Lokal',
    m.regional && 'Regional',
    m.national && 'Nasional',
    m.export &&
      `Ekspor${m.exportDestinations.length ? ` (${m.exportDestinations.join(', ')})` : ''}`,
  ];
  return parts.filter((p): p is string => typeof p === 'string').join(', ');
}

/** Neutralises spreadsheet formula triggers in user text (defence in depth beside text cells). */
function safeCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** `123 (BPJPH), terbit 1 Maret 2023, berlaku sampai 1 Maret 2027`; several joined with `; `. */
function credentialDetails(n: PackNominee, kind: CredentialKind, closesOn: string): string {
  return packableCredentials(n, closesOn)
    .filter((c) => c.kind === kind)
    .map(
      (c) =>
        `${c.number} (${c.issuer}), terbit ${formatLongDate(c.issuedOn)}, ${c.expiresOn ? `berlaku sampai ${formatLongDate(c.expiresOn)}` : 'berlaku tanpa batas waktu'}`,
    )
    .join('; ');
}

/** One row per nomination with the fields the portal's form asks for, plus a presence checklist. */
export function rekapSheet(
  nominees: readonly PackNominee[],
  plan: PackPlan,
  requiredPhotos: number,
  closesOn: string,
): RekapSheet {
  const headers = [
    'No',
    'Folder',
    'Kabupaten/Kota',
    'Nama IKM',
    'Nama pemilik',
    'NIB',
    'Alamat',
    'Desa/Kelurahan',
    'Kecamatan',
    'Telepon',
    'E-mail',
    'Tahun berdiri',
    'Tenaga kerja',
    'Nilai investasi',
    'Sentra',
    'SK sentra',
    'Produk',
    'Komoditas',
    'Keunikan produk',
    'Bahan baku',
    'Bahan baku lokal (%)',
    'Kapasitas produksi',
    'Bulan produksi per tahun',
    'Pasar',
    'Harga',
    'Jenis usulan',
    'Penghargaan yang dievaluasi ulang',
    'Tanggal kirim sampel',
    'Nomor resi sampel',
    'Akun SIINas',
    'Profil PDF',
    `Foto (wajib ${requiredPhotos})`,
    ...CHECKLIST_KINDS.map((k) => CREDENTIAL_KIND_LABELS[k]),
    ...CHECKLIST_KINDS.map((k) => `${CREDENTIAL_KIND_LABELS[k]}: nomor, penerbit, terbit, berlaku`),
    'Pindaian SK sentra',
  ];
  const byNomination = new Map(nominees.map((n) => [n.nomination.id as string, n]));
  const rows = plan.folders.map((folder, i) => {
    const n = byNomination.get(folder.nominationId);
    if (!n) return [String(i + 1), folder.name];
    const files = plan.files.filter((f) => f.nominationId === folder.nominationId);
    const photos = files.filter((f) => f.role === 'photo').length;
    const p = n.product;
    const d = n.decree;
    const cells = [
      String(i + 1),
      folder.name,
      n.kabKotaName,
      n.enterprise.name,
      n.enterprise.ownerName,
      n.enterprise.nib,
      n.enterprise.address,
      n.desaName ?? '',
      n.kecamatanName ?? '',
      n.enterprise.phone,
      n.enterprise.email,
      n.enterprise.yearFounded === undefined ? '' : String(n.enterprise.yearFounded),
      String(n.enterprise.workerCount),
      formatRupiah(n.enterprise.investmentRupiah),
      n.sentra?.name ?? '',
      d ? `${d.number}, ${formatLongDate(d.date)} (${d.signedBy})` : '',
      p?.name ?? '',
      p ? COMMODITY_LABELS[p.commodity] : '',
      p?.uniquenessStory ?? '',
      p?.rawMaterials ?? '',
      p?.localRawMaterialSharePercent === undefined ? '' : String(p.localRawMaterialSharePercent),
      p
        ? `${p.capacity.value} ${p.capacity.unit} ${CAPACITY_PERIOD_LABELS[p.capacity.period]}`
        : '',
      p?.monthsProducedPerYear === undefined ? '' : String(p.monthsProducedPerYear),
      market(n),
      p
        ? p.priceMin === p.priceMax
          ? formatRupiah(p.priceMin)
          : `${formatRupiah(p.priceMin)} – ${formatRupiah(p.priceMax)}`
        : '',
      NOMINATION_KIND_LABELS[n.nomination.kind],
      n.award
        ? `Bintang ${n.award.stars} (skala ${n.award.scale}), ${n.award.productName}, tahun ${n.award.year}`
        : '',
      n.nomination.sample.sentOn ? formatLongDate(n.nomination.sample.sentOn) : '',
      n.nomination.sample.receiptNumber ?? '',
      n.enterprise.siinasAccount ?? '',
      yes(files.some((f) => f.role === 'profile')),
      `${photos}${photos < requiredPhotos ? ' (kurang)' : ''}`,
      ...CHECKLIST_KINDS.map((k) =>
        yes(
          files.some(
            (f) =>
              f.role === 'credential' &&
              n.credentials.some(
                (c) =>
                  c.kind === k &&
                  c.scanHash !== undefined &&
                  f.source.kind === 'blob' &&
                  f.source.hash === c.scanHash,
              ),
          ),
        ),
      ),
      ...CHECKLIST_KINDS.map((k) => credentialDetails(n, k, closesOn)),
      yes(files.some((f) => f.role === 'decree')),
    ];
    return cells.map(safeCell);
  });
  return { headers, rows };
}
