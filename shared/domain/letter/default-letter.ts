import type { OfficeProfile } from '../office/office-profile.schema';
import { regionDisplayName } from '../../text/region-name';
import type {
  Addressee,
  Annex,
  AnnexRow,
  Letter,
  LetterBody,
  LetterVariant,
  RequestLetterRef,
} from './letter';

export interface LetterRoundInfo {
  id: string;
  year: number;
  /** The ministry's letter asking for nominations (kept on the round). */
  requestLetter?: RequestLetterRef;
}

/** Identity and clock come from the caller: shared/ never reads the clock or makes ids. */
export interface LetterIds {
  letterId: string;
  /** ISO timestamp for createdAt/updatedAt. */
  now: string;
  /** Letter date `YYYY-MM-DD`. */
  date: string;
}

export interface DefaultCopyToOptions {
  /** Variant B: add `Sekretaris Daerah Provinsi …` after the Governor. Default off. */
  includeSecretary?: boolean;
  /** Variant B: add the Bupati/Wali Kota of the nominees' kab/kota. Default on. */
  includeRegionalHeads?: boolean;
}

const DGIKMA_ADDRESSEE: Addressee = {
  jobTitle: 'Direktur Jenderal Industri Kecil, Menengah, dan Aneka',
  agency: 'Kementerian Perindustrian',
  place: 'Jakarta',
};

/** `Kabupaten Banjar` → `Bupati Banjar`; `Kota Banjarmasin` → `Wali Kota Banjarmasin`. */
export function regionalHeadTitle(kabKota: string): string {
  const name = regionDisplayName(kabKota);
  const kab = /^(kabupaten|kab\.?)\s+(.+)$/i.exec(name);
  if (kab) return `Bupati ${kab[2]}`;
  const kota = /^kota\s+(.+)$/i.exec(name);
  if (kota) return `Wali Kota ${kota[1]}`;
  return `Bupati/Wali Kota ${name}`;
}

/** The provincial office as the profile names it (Disperin, Disperindag, …), for tembusan lines. */
function provinceOfficeTitle(
  office: Pick<OfficeProfile, 'provinceName' | 'provinceOfficeTitle'>,
): string {
  const own = office.provinceOfficeTitle?.trim() ?? '';
  return own !== '' ? own : `Kepala Dinas Perindustrian Provinsi ${office.provinceName}`;
}

function defaultCopyTo(
  variant: LetterVariant,
  office: OfficeProfile,
  kabKota: readonly string[],
  options: DefaultCopyToOptions = {},
): string[] {
  const governor = `Gubernur ${office.provinceName}`;
  if (variant === 'A') {
    return [governor, regionalHeadTitle(office.regionName), provinceOfficeTitle(office)];
  }
  const lines = [governor];
  if (options.includeSecretary) lines.push(`Sekretaris Daerah Provinsi ${office.provinceName}`);
  if (options.includeRegionalHeads ?? true) {
    for (const head of kabKota.map(regionalHeadTitle)) if (!lines.includes(head)) lines.push(head);
  }
  return lines;
}

/** Variant B, when nominees came with kab/kota letters: the body cites each of them. */
export const SOURCE_LETTERS_POINT =
  'calon IKM tersebut diusulkan oleh kabupaten/kota melalui surat {surat_kabkota};';

function defaultBody(variant: LetterVariant, citesSourceLetters: boolean): LetterBody {
  const from = variant === 'B' ? 'kabupaten/kota di {wilayah}' : '{wilayah}';
  const listPoint =
    'daftar calon IKM OVOP beserta data masing-masing IKM sebagaimana tercantum dalam lampiran surat ini;';
  return {
    opening:
      'Menindaklanjuti surat Direktur Jenderal Industri Kecil, Menengah, dan Aneka Kementerian Perindustrian {surat_kementerian}, bersama ini kami sampaikan usulan calon IKM One Village One Product (OVOP) Tahun {tahun} dari ' +
      from +
      '.',
    content:
      'Berdasarkan hasil identifikasi dan verifikasi terhadap IKM di {daftar_kabkota}, terdapat {jumlah_ikm} yang kami usulkan sebagai calon IKM OVOP Tahun {tahun} dengan keterangan sebagai berikut:',
    points: [
      listPoint,
      ...(variant === 'B' && citesSourceLetters ? [SOURCE_LETTERS_POINT] : []),
      'dokumen pendukung (legalitas usaha, foto produk, dan profil IKM) disampaikan dalam berkas terpisah.',
    ],
    closing:
      'Demikian usulan ini kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih.',
  };
}

export function defaultAnnexTitle(office: Pick<OfficeProfile, 'regionName'>, year: number): string {
  return `DAFTAR CALON IKM ONE VILLAGE ONE PRODUCT (OVOP) ${office.regionName.toUpperCase()} TAHUN ${year}`;
}

export function defaultLetter(
  variant: LetterVariant,
  office: OfficeProfile,
  round: LetterRoundInfo,
  nominees: readonly AnnexRow[],
  ids: LetterIds,
  copyToOptions: DefaultCopyToOptions = {},
): Letter {
  const annexes: Annex[] =
    nominees.length > 0
      ? [
          {
            title: defaultAnnexTitle(office, round.year),
            kind: 'calon',
            rows: nominees.map((row) => ({ ...row })),
          },
        ]
      : [];
  const kabKota = [...new Set(nominees.map((n) => n.kabKota.trim()).filter((k) => k !== ''))];
  return {
    id: ids.letterId,
    officeId: office.id,
    roundId: round.id,
    year: round.year,
    ...(round.requestLetter ? { requestLetter: { ...round.requestLetter } } : {}),
    variant,
    date: ids.date,
    sifat: 'Biasa',
    hal: `Usulan Calon IKM OVOP Tahun ${round.year}`,
    classificationCode: office.classificationCodes[0]?.code ?? '500.9',
    addressee: { ...DGIKMA_ADDRESSEE },
    body: defaultBody(
      variant,
      nominees.some((n) => n.sourceLetter !== undefined),
    ),
    copyTo: defaultCopyTo(variant, office, kabKota, copyToOptions),
    annexes,
    readinessOverrides: [],
    signingMode: 'basah',
    tteAnchor: office.tteAnchor,
    status: 'draft',
    createdAt: ids.now,
    updatedAt: ids.now,
  };
}

/** The variant that fits an office: the province writes B, a kabupaten or kota writes A. */
export function variantForOffice(office: Pick<OfficeProfile, 'level'>): LetterVariant {
  return office.level === 'provinsi' ? 'B' : 'A';
}
