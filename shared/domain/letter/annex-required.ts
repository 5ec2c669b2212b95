import type { Letter } from './letter';

/**
 * A surat usulan exists to propose nominations: one whose lampiran lists none cannot be made final.
 * Its own rule beside the other final checks.
 */
export function emptyAnnexProblems(letter: Pick<Letter, 'annexes'>): string[] {
  const rows = letter.annexes.reduce((sum, annex) => sum + annex.rows.length, 0);
  return rows === 0
    ? [
        'Lampiran surat usulan belum berisi satu pun usulan: tambahkan usulan yang sudah siap ke lampiran',
      ]
    : [];
}
