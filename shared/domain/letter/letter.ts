import type { OfficeProfile } from '../office/office-profile.schema';

/** A — from a kab/kota Dinas; B — from the provincial Dinas. The lampiran (C) belongs to either. */
export type LetterVariant = 'A' | 'B';
export type LetterSifat = 'Biasa' | 'Segera' | 'Sangat Segera' | 'Rahasia';
export const LETTER_SIFAT: readonly LetterSifat[] = ['Biasa', 'Segera', 'Sangat Segera', 'Rahasia'];
export type SigningMode = 'basah' | 'tte';
export type LetterStatus = 'draft' | 'final' | 'signed' | 'sent' | 'cancelled';
export const LETTER_STATUS_LABELS: Record<LetterStatus, string> = {
  draft: 'konsep',
  final: 'final',
  signed: 'ditandatangani',
  sent: 'terkirim',
  cancelled: 'batal',
};

export interface Addressee {
  /** A job title, never a person: `Direktur Jenderal Industri Kecil, Menengah, dan Aneka`. */
  jobTitle: string;
  agency: string;
  place: string;
}

/**
 * Body texts may contain `{tahun}`, `{jumlah_ikm}`, `{wilayah}`, `{daftar_kabkota}`,
 * `{surat_kementerian}` and `{surat_kabkota}` (the kab/kota letters behind the nominees).
 */
export interface LetterBody {
  opening: string;
  content: string;
  points: string[];
  closing: string;
}

/** One nominee row of the lampiran table (all plain text). */
export interface AnnexRow {
  nominationId: string;
  enterpriseName: string;
  ownerName: string;
  address: string;
  kabKota: string;
  sentraAndDecree: string;
  commodity: string;
  product: string;
  legality: string;
  contact: string;
  note: string;
  /**
   * The kab/kota letter that proposed this nominee to the province (its nomor and tanggal), when
   * the nomination arrived with one: the province's letter cites it.
   */
  sourceLetter?: SourceLetterRef;
}

/** A kab/kota office's numbered letter, as the province's letter cites it. */
export interface SourceLetterRef {
  number: string;
  /** `YYYY-MM-DD`. */
  date: string;
}

/** `calon`: the nominees put forward; `lainnya`: any other list (a reserve list, for instance). */
type AnnexKind = 'calon' | 'lainnya';

export interface Annex {
  title: string;
  rows: AnnexRow[];
  /** Missing on letters written before lampiran had a kind: the first lampiran is the nominee list. */
  kind?: AnnexKind;
}

/** The ministry's letter asking for nominations, cited in the opening paragraph. */
export interface RequestLetterRef {
  number: string;
  /** `YYYY-MM-DD`, or empty while unknown. */
  date: string;
  hal: string;
}

/** A nominee that did not pass the readiness check but is kept with an explicit reason. */
export interface ReadinessOverride {
  nominationId: string;
  note: string;
}

export interface Letter {
  id: string;
  officeId: string;
  roundId: string;
  /** The round's year, used for `{tahun}`. */
  year: number;
  variant: LetterVariant;
  /** `YYYY-MM-DD`. */
  date: string;
  sifat: LetterSifat;
  hal: string;
  classificationCode: string;
  /** The ministry's letter this one answers, copied from the round. */
  requestLetter?: RequestLetterRef;
  /** Assigned from the register only when the letter is made final. */
  number?: string;
  addressee: Addressee;
  body: LetterBody;
  copyTo: string[];
  annexes: Annex[];
  readinessOverrides: ReadinessOverride[];
  signingMode: SigningMode;
  /** Anchor text in the reserved TTE box, e.g. `${ttd_pengirim}`. */
  tteAnchor: string;
  status: LetterStatus;
  /** The office profile frozen when the letter became final; later profile edits never change it. */
  officeSnapshot?: OfficeProfile;
  finalPdfHash?: string;
  signedCopyHash?: string;
  createdAt: string;
  updatedAt: string;
  finalisedAt?: string;
  cancelledAt?: string;
}

/** The office a letter is drawn with: the frozen snapshot once final, else the current profile. */
export function officeForLetter(letter: Letter, current: OfficeProfile): OfficeProfile {
  return letter.officeSnapshot ?? current;
}

/** True for the lampiran that lists the nominees (the first one when lampiran carry no kind). */
function isNomineeAnnex(
  annex: Pick<Annex, 'kind'>,
  index: number,
  all: readonly Pick<Annex, 'kind'>[],
): boolean {
  if (all.some((a) => a.kind !== undefined)) return annex.kind === 'calon';
  return index === 0;
}

/** The rows of the nominee lampiran only (never a reserve list or another lampiran). */
export function nomineeRows(letter: Pick<Letter, 'annexes'>): AnnexRow[] {
  return letter.annexes
    .filter((annex, index, all) => isNomineeAnnex(annex, index, all))
    .flatMap((annex) => annex.rows);
}
