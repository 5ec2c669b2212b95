import type { Finding } from '../domain/readiness/finding';

/** The records a nomination's findings point into (the target id may be missing, e.g. no SK yet). */
export interface FindingRefs {
  nominationId?: string;
  enterpriseId: string;
  productId: string;
  sentraId?: string;
}

export interface FindingLink {
  /** Router path with query, e.g. `/ikm/ikm-1?tab=legalitas&field=halal`. */
  href: string;
  /** Indonesian name of the field or place to fix, e.g. "Legalitas: Sertifikat Halal". */
  label: string;
}

const FIELD_LABELS: Record<string, string> = {
  commodity: 'Komoditas produk',
  enterpriseId: 'Pemilik produk',
  sentraId: 'Sentra IKM',
  decreeId: 'SK penetapan sentra',
  unitCount: 'Jumlah unit usaha sentra',
  signerRole: 'Penanda tangan SK',
  issuingRegionCode: 'Wilayah penerbit SK',
  scanHash: 'Pindaian SK',
  nib: 'NIB',
  expiresOn: 'Tanggal berakhir',
  photo: 'Foto produk',
  uniquenessStory: 'Keunikan produk',
  localRawMaterialSharePercent: 'Persentase bahan baku lokal',
  monthsProducedPerYear: 'Bulan produksi per tahun',
  isLeadFirm: 'Penghela sentra',
  awardId: 'Penghargaan yang dievaluasi ulang',
};

/** Food findings without a credential id name the missing kind through their code. */
const MISSING_KIND_BY_CODE: Record<string, { kind: string; label: string }> = {
  'izin-edar-missing': { kind: 'spp-irt', label: 'Izin edar (SPP-IRT atau BPOM MD)' },
  'halal-missing': { kind: 'halal', label: 'Sertifikat Halal' },
  'lab-missing': { kind: 'uji-lab', label: 'Hasil Uji Laboratorium' },
};

function query(params: Record<string, string | undefined>): string {
  const parts = Object.entries(params)
    .filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

const fieldLabel = (field: string | undefined, fallback: string): string =>
  field !== undefined ? (FIELD_LABELS[field] ?? fallback) : fallback;

/**
 * Where to fix a finding: the IKM page tab (profil, produk, legalitas, lampiran), the sentra page
 * or the nomination itself. Pure: the routes are the app's, the ids come from the candidate.
 */
export function findingLink(finding: Finding, refs: FindingRefs): FindingLink {
  const { target } = finding;
  const ikm = (params: Record<string, string | undefined>) =>
    `/ikm/${encodeURIComponent(refs.enterpriseId)}${query(params)}`;
  switch (target.entity) {
    case 'nomination':
      return {
        href: `/usulan/${encodeURIComponent(target.id ?? refs.nominationId ?? '')}${query({ field: target.field })}`,
        label: fieldLabel(target.field, 'Data usulan'),
      };
    case 'enterprise':
      return {
        href: ikm({ tab: 'profil', field: target.field }),
        label: `Profil IKM: ${fieldLabel(target.field, 'data IKM')}`,
      };
    case 'product':
      return {
        href: ikm({ tab: 'produk', produk: target.id ?? refs.productId, field: target.field }),
        label: `Produk: ${fieldLabel(target.field, 'data produk')}`,
      };
    case 'sentra': {
      const id = target.id ?? refs.sentraId;
      const tab = target.field === 'decreeId' ? 'sk' : undefined;
      return id !== undefined
        ? {
            href: `/sentra/${encodeURIComponent(id)}${query({ tab, field: target.field })}`,
            label: `Sentra: ${fieldLabel(target.field, 'data sentra')}`,
          }
        : { href: ikm({ tab: 'profil', field: 'sentraId' }), label: 'Profil IKM: Sentra IKM' };
    }
    case 'decree':
      return refs.sentraId !== undefined
        ? {
            href: `/sentra/${encodeURIComponent(refs.sentraId)}${query({ tab: 'sk', field: target.field })}`,
            label: `SK sentra: ${fieldLabel(target.field, 'data SK')}`,
          }
        : { href: ikm({ tab: 'profil', field: 'sentraId' }), label: 'Profil IKM: Sentra IKM' };
    case 'credential': {
      const missing = MISSING_KIND_BY_CODE[finding.code];
      if (target.id !== undefined) {
        return {
          href: ikm({ tab: 'legalitas', legalitas: target.id, field: target.field }),
          label: `Legalitas: ${fieldLabel(target.field, 'dokumen')}`,
        };
      }
      const kind = missing?.kind ?? target.field;
      return {
        href: ikm({ tab: 'legalitas', jenis: kind }),
        label: `Legalitas: ${missing?.label ?? 'tambah dokumen'}`,
      };
    }
    case 'attachment':
      return {
        href: ikm({ tab: 'lampiran', field: target.field }),
        label: `Lampiran: ${fieldLabel(target.field, 'dokumen wajib')}`,
      };
  }
}
