import {
  defaultLetter,
  variantForOffice,
  type Letter,
  type LetterIds,
  type LetterRoundInfo,
} from '@shared/domain/letter';
import type { OfficeProfile } from '@shared/domain/office';
import type { AnnexCandidate } from './letter-sources';

/** Where a kab/kota letter goes: the Direktur Jenderal IKMA (default) or the provincial Dinas. */
export type LetterTarget = 'dirjen' | 'provinsi';

export function targetsForOffice(office: Pick<OfficeProfile, 'level'>): LetterTarget[] {
  return office.level === 'provinsi' ? ['dirjen'] : ['dirjen', 'provinsi'];
}

/**
 * A new draft: the variant follows the office level (province → B, kab/kota → A), the lampiran holds
 * the ready nominations of the round (others can be added later with an override note).
 */
export function buildNewLetter(
  office: OfficeProfile,
  round: LetterRoundInfo,
  candidates: readonly AnnexCandidate[],
  target: LetterTarget,
  ids: LetterIds,
): Letter {
  const variant = variantForOffice(office);
  const rows = candidates.filter((c) => c.ready).map((c) => c.row);
  const letter = defaultLetter(variant, office, round, rows, ids);
  if (variant === 'A' && target === 'provinsi') {
    letter.addressee = {
      jobTitle: `Kepala Dinas Perindustrian Provinsi ${office.provinceName}`,
      agency: '',
      place: '',
    };
    letter.copyTo = letter.copyTo.filter(
      (line) => !line.startsWith('Kepala Dinas Perindustrian Provinsi'),
    );
  }
  return letter;
}
