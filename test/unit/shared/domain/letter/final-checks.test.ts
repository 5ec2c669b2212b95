import { describe, expect, it } from 'vitest';
import { finalChecks, REQUEST_LETTER_PROBLEM, type FinalCheckContext } from '@shared/domain/letter';
import type { Letter } from '@shared/domain/letter';
import {
  allReady,
  LETTER_ROUND,
  nominees,
  sampleVariants,
  provinceLetter,
  provinceOffice,
  registerEntry,
} from '../../../../support/factories/letter';

function context(letter: Letter, overrides: Partial<FinalCheckContext> = {}): FinalCheckContext {
  return {
    today: '2026-05-21',
    register: [],
    readiness: allReady(letter.annexes.flatMap((a) => a.rows)),
    office: provinceOffice(),
    round: LETTER_ROUND,
    ...overrides,
  };
}

describe('checks before a letter is final', () => {
  it('passes a complete default letter', () => {
    const letter = provinceLetter(3);
    expect(finalChecks(letter, context(letter))).toEqual([]);
  });

  it('rejects a Hal ending with a full stop', () => {
    const letter = provinceLetter(3, { hal: 'Usulan Calon IKM OVOP Tahun 2026.' });
    expect(finalChecks(letter, context(letter))).toEqual(['Hal surat tidak boleh diakhiri titik']);
  });

  it('rejects "Yth." and "Arsip" in the tembusan', () => {
    const letter = provinceLetter(3, { copyTo: ['Yth. Gubernur Kalimantan Selatan', 'Arsip'] });
    expect(finalChecks(letter, context(letter))).toEqual([
      'Tembusan nomor 1 tidak boleh memakai "Yth."',
      'Tembusan nomor 2 tidak boleh berisi "Arsip"',
    ]);
  });

  it('rejects a signer NIP that is not 18 digits', () => {
    const letter = provinceLetter(3);
    const office = provinceOffice();
    const problems = finalChecks(
      letter,
      context(letter, {
        office: { ...office, signer: { ...office.signer, nip: '19680411199303100' } },
      }),
    );
    expect(problems).toEqual(['NIP penanda tangan: NIP harus 18 digit (sekarang 17 digit)']);
  });

  it('rejects an empty lampiran counted as an attachment', () => {
    const letter = provinceLetter(3);
    letter.annexes.push({ title: 'KOSONG', rows: [] });
    expect(finalChecks(letter, context(letter))).toContain(
      'Lampiran 2 tidak berisi satu pun IKM, padahal dihitung sebagai berkas lampiran',
    );
  });

  it('refuses a nomination letter whose lampiran lists no nomination', () => {
    const empty =
      'Lampiran surat usulan belum berisi satu pun usulan: tambahkan usulan yang sudah siap ke lampiran';
    const none = provinceLetter(0, { annexes: [] });
    expect(finalChecks(none, context(none))).toEqual([empty]);
    const blank = provinceLetter(0, { annexes: [{ title: 'DAFTAR', rows: [] }] });
    expect(finalChecks(blank, context(blank))).toContain(empty);
    const one = provinceLetter(1);
    expect(finalChecks(one, context(one))).not.toContain(empty);
  });

  it('rejects a date in the future but accepts today', () => {
    const letter = provinceLetter(3, { date: '2026-05-22' });
    expect(finalChecks(letter, context(letter))).toEqual([
      'Tanggal surat tidak boleh di masa depan',
    ]);
    expect(finalChecks({ ...letter, date: '2026-05-21' }, context(letter))).toEqual([]);
  });

  it('rejects a number already in the register, including a cancelled one', () => {
    const letter = provinceLetter(3, { number: '500.9/5/Disperin/2024' });
    // The register entry is from 2024; the number is taken whatever the year.
    const register = [registerEntry({ sequence: 5, status: 'batal' })];
    expect(finalChecks(letter, context(letter, { register }))).toEqual([
      'Nomor surat 500.9/5/Disperin/2024 sudah dipakai di buku agenda surat keluar',
    ]);
  });

  it('requires every nominee to be ready or to carry an override note', () => {
    const letter = provinceLetter(3);
    const rows = nominees(3);
    const readiness = rows.map((r, i) => ({ nominationId: r.nominationId, ready: i !== 1 }));
    const name = rows[1]?.enterpriseName ?? '';
    expect(finalChecks(letter, context(letter, { readiness }))).toEqual([
      `${name} belum lolos pemeriksaan kesiapan dan belum diberi catatan pengecualian`,
    ]);
    const withNote = {
      ...letter,
      readinessOverrides: [
        { nominationId: rows[1]?.nominationId ?? '', note: 'Foto produk menyusul' },
      ],
    };
    expect(finalChecks(withNote, context(letter, { readiness }))).toEqual([]);
  });

  it('refuses to finalise without the nomor, tanggal and hal of the ministry request letter', () => {
    const letter = provinceLetter(3, {
      requestLetter: { number: '', date: '', hal: 'Usulan OVOP' },
    });
    expect(finalChecks(letter, context(letter))).toEqual([
      `${REQUEST_LETTER_PROBLEM} (nomor, tanggal): isi di pengaturan periode`,
    ]);
    const { requestLetter: _gone, ...without } = provinceLetter(3);
    expect(finalChecks(without, context(without))).toEqual([
      `${REQUEST_LETTER_PROBLEM} (nomor, tanggal, hal): isi di pengaturan periode`,
    ]);
  });

  it('refuses a letter dated outside the round window', () => {
    const early = provinceLetter(3, { date: '2026-01-31' });
    expect(finalChecks(early, context(early))).toEqual([
      'Tanggal surat 31 Januari 2026 di luar masa usulan periode (1 Februari 2026 sampai 30 Juni 2026)',
    ]);
    const late = provinceLetter(3, { date: '2026-07-01' });
    expect(finalChecks(late, context(late, { today: '2026-07-01' }))).toEqual([
      'Tanggal surat 1 Juli 2026 di luar masa usulan periode (1 Februari 2026 sampai 30 Juni 2026)',
    ]);
    const lastDay = provinceLetter(3, { date: '2026-06-30' });
    expect(finalChecks(lastDay, context(lastDay, { today: '2026-06-30' }))).toEqual([]);
  });

  it('refuses a letter whose round year does not match the year in its text', () => {
    const letter = provinceLetter(3, { hal: 'Usulan Calon IKM OVOP Tahun 2025' });
    expect(finalChecks(letter, context(letter))).toEqual([
      'Teks surat menyebut Tahun 2025, padahal periodenya Tahun 2026',
    ]);
    const otherRound = provinceLetter(3);
    expect(
      finalChecks(otherRound, context(otherRound, { round: { ...LETTER_ROUND, year: 2027 } })),
    ).toContain('Tahun surat (2026) tidak sama dengan tahun periode (2027)');
  });

  it('refuses a letter whose round is unknown', () => {
    const letter = provinceLetter(3);
    expect(finalChecks(letter, context(letter, { round: undefined }))).toEqual([
      'Periode surat ini tidak ditemukan',
    ]);
  });

  it('every final sample fixture passes every final check', () => {
    for (const sample of sampleVariants().filter((s) => !s.draft)) {
      const rows = sample.letter.annexes.flatMap((a) => a.rows);
      const { number: _n, ...draft } = sample.letter;
      expect(
        finalChecks(draft, { ...context(draft), office: sample.office, readiness: allReady(rows) }),
        sample.name,
      ).toEqual([]);
    }
  });
});
