import { describe, expect, it } from 'vitest';
import { finalChecks, type FinalCheckContext } from '@shared/domain/letter';
import type { Letter } from '@shared/domain/letter';
import {
  allReady,
  nominees,
  provinceLetter,
  provinceOffice,
  registerEntry,
} from '../../../../support/factories/letter';

function context(letter: Letter, overrides: Partial<FinalCheckContext> = {}): FinalCheckContext {
  return {
    today: '2024-05-21',
    register: [],
    readiness: allReady(letter.annexes.flatMap((a) => a.rows)),
    office: provinceOffice(),
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
    const letter = provinceLetter(3, { date: '2024-05-22' });
    expect(finalChecks(letter, context(letter))).toEqual([
      'Tanggal surat tidak boleh di masa depan',
    ]);
    expect(finalChecks({ ...letter, date: '2024-05-21' }, context(letter))).toEqual([]);
  });

  it('rejects a number already in the register, including a cancelled one', () => {
    const letter = provinceLetter(3, { number: '500.9/5/Disperin/2024' });
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
});
