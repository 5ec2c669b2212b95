import type { StarScale } from '../award/award.schema';
import type { IsoDateTime } from '../common/date';
import type { LetterId } from '../common/ids';
import { hasBlocking, type Finding } from '../readiness/finding';
import type { OfficeLevel } from '../office/office-profile.schema';
import type { Nomination, NominationStatus } from './nomination.schema';

export * from './nomination.schema';

export const NOMINATION_STATUS_LABELS: Record<NominationStatus, string> = {
  draft: 'Draf',
  diperiksa: 'Diperiksa kab/kota',
  divalidasi: 'Divalidasi provinsi',
  'surat-ditandatangani': 'Surat ditandatangani',
  diunggah: 'Diunggah ke portal',
  'lolos-administrasi': 'Lolos seleksi administrasi',
  'gagal-administrasi': 'Gagal seleksi administrasi',
  dinilai: 'Dinilai',
  dianugerahi: 'Dianugerahi bintang',
  'tidak-dianugerahi': 'Tidak dianugerahi',
  ditarik: 'Ditarik',
};

const FINAL_STATUSES: readonly NominationStatus[] = [
  'gagal-administrasi',
  'dianugerahi',
  'tidak-dianugerahi',
  'ditarik',
];

export function isFinalStatus(status: NominationStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

/**
 * The workflow. Forward steps in order, plus a step back from 'diperiksa' (returned to draft) and
 * from 'divalidasi' (province returns it to kab/kota), plus 'ditarik' from every non-final state.
 */
const NEXT: Record<NominationStatus, readonly NominationStatus[]> = {
  draft: ['diperiksa'],
  diperiksa: ['divalidasi', 'draft'],
  divalidasi: ['surat-ditandatangani', 'diperiksa'],
  'surat-ditandatangani': ['diunggah'],
  diunggah: ['lolos-administrasi', 'gagal-administrasi'],
  'lolos-administrasi': ['dinilai'],
  dinilai: ['dianugerahi', 'tidak-dianugerahi'],
  'gagal-administrasi': [],
  dianugerahi: [],
  'tidak-dianugerahi': [],
  ditarik: [],
};

/**
 * A kabupaten/kota office is the pengusul: it checks its candidates, signs its own surat usulan and
 * enters them on the portal, so after "Diperiksa kab/kota" its next step is its signed letter.
 * "Divalidasi provinsi" is recorded only by a province office.
 */
const PROVINCE_ONLY: readonly NominationStatus[] = ['divalidasi'];
const KAB_KOTA_NEXT: Partial<Record<NominationStatus, readonly NominationStatus[]>> = {
  diperiksa: ['surat-ditandatangani', 'draft'],
};

/**
 * Earlier star holders are re-evaluated without a new proposal: no surat usulan, no portal upload
 * and no administrative selection; after the office's check (and the province's validation) the
 * selection team assesses them directly.
 */
export const RE_EVALUATION_NO_LETTER =
  'Evaluasi ulang penerima bintang tidak memerlukan surat usulan baru dan tidak diunggah ke portal; setelah diperiksa, langsung dinilai ulang oleh tim penilai.';

/** Whether this nomination goes through a surat usulan and the portal (a re-evaluation does not). */
export function needsProposalLetter(n: Pick<Nomination, 'kind'>): boolean {
  return n.kind !== 'evaluasi-ulang';
}

const LETTER_STEPS: readonly NominationStatus[] = [
  'surat-ditandatangani',
  'diunggah',
  'lolos-administrasi',
  'gagal-administrasi',
];

/** A re-evaluation skips the letter, the upload and the administrative selection. */
function withoutLetterSteps(next: readonly NominationStatus[]): NominationStatus[] {
  return next.flatMap((s) => (s === 'surat-ditandatangani' ? ['dinilai' as const] : [s]));
}

/** Statuses reachable in one step (guards not applied); without an office level, the province's view. */
export function allowedTransitions(
  n: Pick<Nomination, 'status'> & Partial<Pick<Nomination, 'kind'>>,
  officeLevel: OfficeLevel = 'provinsi',
): NominationStatus[] {
  if (isFinalStatus(n.status)) return [];
  const base =
    officeLevel === 'provinsi'
      ? NEXT[n.status]
      : (KAB_KOTA_NEXT[n.status] ?? NEXT[n.status]).filter((s) => !PROVINCE_ONLY.includes(s));
  const next = n.kind === 'evaluasi-ulang' ? withoutLetterSteps(base) : [...base];
  return [
    ...next.filter((s) => n.kind !== 'evaluasi-ulang' || !LETTER_STEPS.includes(s)),
    'ditarik',
  ];
}

/** What the caller knows about the letter that covers this nomination. */
export interface LetterInfo {
  letterId: LetterId;
  /** The letter's annex lists this nomination. */
  listsNomination: boolean;
  /** A scanned signed copy (wet signature or TTE) is stored with the letter. */
  hasSignedCopy: boolean;
}

/** Steps forward at which the current readiness findings are checked again. */
const READINESS_STEPS: readonly NominationStatus[] = [
  'diperiksa',
  'divalidasi',
  'surat-ditandatangani',
  'diunggah',
];

export interface TransitionContext {
  at: IsoDateTime;
  /** Name of the user recording the step. */
  by: string;
  note?: string;
  /** For 'dianugerahi'. */
  stars?: number;
  /** The round's star scale, for 'dianugerahi'. */
  starScale?: StarScale;
  /** Current readiness findings, checked at every step forward. */
  findings?: readonly Finding[];
  /** Reason to move on despite blocking findings (stored on the nomination). */
  overrideNote?: string;
  /** The signed letter that lists this nomination, if any. */
  letter?: LetterInfo;
  /** Who records the step: a kabupaten/kota office has its own path (see allowedTransitions). */
  officeLevel?: OfficeLevel;
}

export type TransitionResult = { ok: true; nomination: Nomination } | { ok: false; reason: string };

function refuse(reason: string): TransitionResult {
  return { ok: false, reason };
}

function guard(n: Nomination, to: NominationStatus, ctx: TransitionContext): string | undefined {
  const label = NOMINATION_STATUS_LABELS[to];
  if (ctx.by.trim() === '') return 'Nama pencatat wajib diisi';
  if (isFinalStatus(n.status)) {
    return `Usulan berstatus "${NOMINATION_STATUS_LABELS[n.status]}" sudah final dan tidak dapat diubah`;
  }
  if (!allowedTransitions(n, ctx.officeLevel).includes(to)) {
    return `Tidak dapat berpindah dari "${NOMINATION_STATUS_LABELS[n.status]}" ke "${label}"`;
  }
  // Readiness is checked again at every step forward, not only the first: a credential may have
  // expired or a record changed since.
  const stepBack = to === 'diperiksa' && n.status !== 'draft';
  if (READINESS_STEPS.includes(to) && !stepBack) {
    const override = (ctx.overrideNote ?? n.overrideNote ?? '').trim();
    if (hasBlocking(ctx.findings ?? []) && override === '') {
      const count = (ctx.findings ?? []).filter((f) => f.severity === 'blocking').length;
      return `Masih ada ${count} kekurangan wajib pada pemeriksaan kesiapan; lengkapi dulu atau tulis alasan pengecualian`;
    }
  }
  if (to === 'surat-ditandatangani' || to === 'diunggah') {
    if (!ctx.letter || !ctx.letter.listsNomination) {
      return to === 'diunggah'
        ? 'Belum ada surat usulan bertanda tangan yang mencantumkan usulan ini'
        : 'Usulan ini belum tercantum dalam lampiran surat usulan';
    }
    if (!ctx.letter.hasSignedCopy) {
      return 'Pindaian surat usulan yang sudah ditandatangani belum diunggah';
    }
  }
  if (to === 'dianugerahi') {
    const scale = ctx.starScale ?? 5;
    if (ctx.stars === undefined) return 'Isi jumlah bintang yang dianugerahkan';
    if (!Number.isInteger(ctx.stars) || ctx.stars < 1 || ctx.stars > scale) {
      return `Jumlah bintang harus 1 sampai ${scale} sesuai skala periode ini`;
    }
  }
  if (to === 'ditarik' && (ctx.note ?? '').trim() === '') {
    return 'Tulis alasan penarikan usulan';
  }
  return undefined;
}

/**
 * Moves a nomination to `to` if the workflow and its guards allow it, appending a dated history
 * entry with who recorded it. Never mutates the input.
 */
export function transition(
  nomination: Nomination,
  to: NominationStatus,
  ctx: TransitionContext,
): TransitionResult {
  const reason = guard(nomination, to, ctx);
  if (reason !== undefined) return refuse(reason);
  const entry = {
    status: to,
    at: ctx.at,
    by: ctx.by.trim(),
    ...(ctx.note !== undefined && ctx.note.trim() !== '' ? { note: ctx.note.trim() } : {}),
  };
  const next: Nomination = {
    ...nomination,
    status: to,
    history: [...nomination.history, entry],
    updatedAt: ctx.at,
  };
  if (to === 'diperiksa' && ctx.overrideNote !== undefined && ctx.overrideNote.trim() !== '') {
    next.overrideNote = ctx.overrideNote.trim();
  }
  if ((to === 'surat-ditandatangani' || to === 'diunggah') && ctx.letter) {
    next.letterId = ctx.letter.letterId;
  }
  if (to === 'dianugerahi' && ctx.stars !== undefined) {
    next.stars = ctx.stars;
  }
  return { ok: true, nomination: next };
}

/** Statuses a user can move to now, each with the reason it is refused (undefined = allowed). */
export function transitionOptions(
  nomination: Nomination,
  ctx: TransitionContext,
): { to: NominationStatus; label: string; refusedBecause?: string }[] {
  return allowedTransitions(nomination, ctx.officeLevel).map((to) => {
    const reason = guard(nomination, to, ctx);
    return reason === undefined
      ? { to, label: NOMINATION_STATUS_LABELS[to] }
      : { to, label: NOMINATION_STATUS_LABELS[to], refusedBecause: reason };
  });
}

/** A fresh draft nomination with its first history entry. */
export function newNomination(
  fields: Pick<Nomination, 'id' | 'roundId' | 'enterpriseId' | 'productId' | 'kind'> & {
    awardId?: Nomination['awardId'];
  },
  ctx: { at: IsoDateTime; by: string },
): Nomination {
  const n: Nomination = {
    ...fields,
    status: 'draft',
    history: [{ status: 'draft', at: ctx.at, by: ctx.by }],
    sample: {},
    notes: '',
    createdAt: ctx.at,
    updatedAt: ctx.at,
  };
  return n;
}
