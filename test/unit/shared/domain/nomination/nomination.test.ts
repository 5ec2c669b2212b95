import { describe, expect, it } from 'vitest';
import { asAwardId, asLetterId } from '@shared/domain/common/ids';
import {
  NOMINATION_STATUS_LABELS,
  allowedTransitions,
  nominationSchema,
  transition,
  transitionOptions,
  type LetterInfo,
  type NominationStatus,
  type TransitionContext,
} from '@shared/domain/nomination/nomination';
import type { Finding } from '@shared/domain/readiness/finding';
import { makeNomination } from '../../../../support/factories/round';

const at = '2026-05-02T10:00:00.000Z';
const by = 'Rina';
const blocking: Finding = {
  code: 'halal-missing',
  severity: 'blocking',
  message: 'Sertifikat Halal belum ada (wajib untuk makanan dan minuman)',
  target: { entity: 'credential' },
};
const advisory: Finding = {
  code: 'not-lead-firm',
  severity: 'advisory',
  message: 'IKM bukan penghela',
  target: { entity: 'enterprise' },
};
const signedLetter: LetterInfo = {
  letterId: asLetterId('surat-1'),
  listsNomination: true,
  hasSignedCopy: true,
};

type Row = [
  from: NominationStatus,
  to: NominationStatus,
  extra: Partial<TransitionContext>,
  refusal: string | null,
];

const rows: Row[] = [
  // allowed
  ['draft', 'diperiksa', { findings: [] }, null],
  ['draft', 'diperiksa', { findings: [advisory] }, null],
  [
    'draft',
    'diperiksa',
    { findings: [blocking], overrideNote: 'Sertifikat halal sedang diproses BPJPH' },
    null,
  ],
  ['diperiksa', 'divalidasi', {}, null],
  ['diperiksa', 'draft', {}, null],
  ['divalidasi', 'diperiksa', { findings: [blocking] }, null],
  ['divalidasi', 'surat-ditandatangani', { letter: signedLetter }, null],
  ['surat-ditandatangani', 'diunggah', { letter: signedLetter }, null],
  ['diunggah', 'lolos-administrasi', {}, null],
  ['diunggah', 'gagal-administrasi', {}, null],
  ['lolos-administrasi', 'dinilai', {}, null],
  ['dinilai', 'dianugerahi', { stars: 3, starScale: 3 }, null],
  ['dinilai', 'tidak-dianugerahi', {}, null],
  ['draft', 'ditarik', { note: 'IKM mengundurkan diri' }, null],
  ['dinilai', 'ditarik', { note: 'IKM tutup' }, null],
  // refused
  [
    'draft',
    'diperiksa',
    { findings: [blocking] },
    'Masih ada 1 kekurangan wajib pada pemeriksaan kesiapan; lengkapi dulu atau tulis alasan pengecualian',
  ],
  // Readiness is recomputed at every step forward, not only the first.
  [
    'diperiksa',
    'divalidasi',
    { findings: [blocking] },
    'Masih ada 1 kekurangan wajib pada pemeriksaan kesiapan; lengkapi dulu atau tulis alasan pengecualian',
  ],
  [
    'diperiksa',
    'divalidasi',
    { findings: [blocking], overrideNote: 'Uji lab diperpanjang, surat keterangan terlampir' },
    null,
  ],
  [
    'draft',
    'diperiksa',
    { findings: [blocking], overrideNote: '   ' },
    'Masih ada 1 kekurangan wajib pada pemeriksaan kesiapan; lengkapi dulu atau tulis alasan pengecualian',
  ],
  ['draft', 'divalidasi', {}, 'Tidak dapat berpindah dari "Draf" ke "Divalidasi provinsi"'],
  [
    'draft',
    'dianugerahi',
    { stars: 3 },
    'Tidak dapat berpindah dari "Draf" ke "Dianugerahi bintang"',
  ],
  [
    'divalidasi',
    'surat-ditandatangani',
    {},
    'Usulan ini belum tercantum dalam lampiran surat usulan',
  ],
  [
    'divalidasi',
    'surat-ditandatangani',
    { letter: { ...signedLetter, listsNomination: false } },
    'Usulan ini belum tercantum dalam lampiran surat usulan',
  ],
  [
    'divalidasi',
    'surat-ditandatangani',
    { letter: { ...signedLetter, hasSignedCopy: false } },
    'Pindaian surat usulan yang sudah ditandatangani belum diunggah',
  ],
  [
    'surat-ditandatangani',
    'diunggah',
    {},
    'Belum ada surat usulan bertanda tangan yang mencantumkan usulan ini',
  ],
  [
    'surat-ditandatangani',
    'diunggah',
    { letter: { ...signedLetter, hasSignedCopy: false } },
    'Pindaian surat usulan yang sudah ditandatangani belum diunggah',
  ],
  ['dinilai', 'dianugerahi', { starScale: 3 }, 'Isi jumlah bintang yang dianugerahkan'],
  [
    'dinilai',
    'dianugerahi',
    { stars: 4, starScale: 3 },
    'Jumlah bintang harus 1 sampai 3 sesuai skala periode ini',
  ],
  [
    'dinilai',
    'dianugerahi',
    { stars: 0, starScale: 5 },
    'Jumlah bintang harus 1 sampai 5 sesuai skala periode ini',
  ],
  ['draft', 'ditarik', {}, 'Tulis alasan penarikan usulan'],
  [
    'dianugerahi',
    'ditarik',
    { note: 'x' },
    'Usulan berstatus "Dianugerahi bintang" sudah final dan tidak dapat diubah',
  ],
  [
    'gagal-administrasi',
    'diunggah',
    { letter: signedLetter },
    'Usulan berstatus "Gagal seleksi administrasi" sudah final dan tidak dapat diubah',
  ],
  ['ditarik', 'draft', {}, 'Usulan berstatus "Ditarik" sudah final dan tidak dapat diubah'],
  [
    'tidak-dianugerahi',
    'dinilai',
    {},
    'Usulan berstatus "Tidak dianugerahi" sudah final dan tidak dapat diubah',
  ],
];

describe('transition', () => {
  it.each(rows)('%s → %s %j', (from, to, extra, refusal) => {
    const n = makeNomination({ status: from });
    const result = transition(n, to, { at, by, ...extra });
    if (refusal === null) {
      expect(result.ok).toBe(true);
      if (result.ok) {
        expect(result.nomination.status).toBe(to);
        expect(result.nomination.history.at(-1)).toMatchObject({ status: to, at, by });
      }
    } else {
      expect(result).toEqual({ ok: false, reason: refusal });
    }
  });

  it('keeps the full history with who and when, without changing the input', () => {
    const n = makeNomination();
    const step1 = transition(n, 'diperiksa', {
      at: '2026-05-01T08:00:00.000Z',
      by: 'Rina',
      findings: [],
      note: 'Berkas lengkap',
    });
    if (!step1.ok) throw new Error(step1.reason);
    const step2 = transition(step1.nomination, 'divalidasi', {
      at: '2026-05-03T08:00:00.000Z',
      by: 'Budi (Disperin Prov)',
    });
    if (!step2.ok) throw new Error(step2.reason);
    expect(step2.nomination.history.map((h) => [h.status, h.by, h.at, h.note])).toEqual([
      ['draft', 'Rina (Disperin Banjar)', '2026-03-01T08:00:00.000Z', undefined],
      ['diperiksa', 'Rina', '2026-05-01T08:00:00.000Z', 'Berkas lengkap'],
      ['divalidasi', 'Budi (Disperin Prov)', '2026-05-03T08:00:00.000Z', undefined],
    ]);
    expect(n.status).toBe('draft');
    expect(n.history).toHaveLength(1);
    expect(nominationSchema.safeParse(step2.nomination).success).toBe(true);
  });

  it('stores the override note, the letter and the stars on the nomination', () => {
    const checked = transition(makeNomination(), 'diperiksa', {
      at,
      by,
      findings: [blocking],
      overrideNote: 'Halal dalam proses',
    });
    expect(checked.ok && checked.nomination.overrideNote).toBe('Halal dalam proses');
    const signed = transition(makeNomination({ status: 'divalidasi' }), 'surat-ditandatangani', {
      at,
      by,
      letter: signedLetter,
    });
    expect(signed.ok && signed.nomination.letterId).toBe('surat-1');
    const awarded = transition(makeNomination({ status: 'dinilai' }), 'dianugerahi', {
      at,
      by,
      stars: 2,
      starScale: 3,
    });
    expect(awarded.ok && awarded.nomination.stars).toBe(2);
  });

  it('refuses a step without the name of who records it', () => {
    expect(transition(makeNomination(), 'diperiksa', { at, by: ' ', findings: [] })).toEqual({
      ok: false,
      reason: 'Nama pencatat wajib diisi',
    });
  });
});

describe('allowedTransitions', () => {
  it.each([
    ['draft', ['diperiksa', 'ditarik']],
    ['diperiksa', ['divalidasi', 'draft', 'ditarik']],
    ['diunggah', ['lolos-administrasi', 'gagal-administrasi', 'ditarik']],
    ['dinilai', ['dianugerahi', 'tidak-dianugerahi', 'ditarik']],
    ['dianugerahi', []],
    ['gagal-administrasi', []],
    ['tidak-dianugerahi', []],
    ['ditarik', []],
  ] as const)('%s → %j', (status, next) => {
    expect(allowedTransitions({ status })).toEqual(next);
  });

  it('labels every status in Indonesian', () => {
    expect(NOMINATION_STATUS_LABELS['lolos-administrasi']).toBe('Lolos seleksi administrasi');
  });

  it('transitionOptions explains which next steps are refused and why', () => {
    const options = transitionOptions(makeNomination({ status: 'surat-ditandatangani' }), {
      at,
      by,
    });
    expect(options).toEqual([
      {
        to: 'diunggah',
        label: 'Diunggah ke portal',
        refusedBecause: 'Belum ada surat usulan bertanda tangan yang mencantumkan usulan ini',
      },
      { to: 'ditarik', label: 'Ditarik', refusedBecause: 'Tulis alasan penarikan usulan' },
    ]);
  });
});

describe('nomination schema', () => {
  it('a re-evaluation needs the earlier award', () => {
    const result = nominationSchema.safeParse(makeNomination({ kind: 'evaluasi-ulang' }));
    expect(result.error?.issues[0]?.message).toBe('Pilih penghargaan yang dievaluasi ulang');
    expect(
      nominationSchema.safeParse(
        makeNomination({ kind: 'evaluasi-ulang', awardId: asAwardId('b1') }),
      ).success,
    ).toBe(true);
  });
});
