import { normaliseName, normaliseNibDigits } from './normalise';
import type { IdentityRecord } from './record-keys';

const text = (row: IdentityRecord, field: string): string =>
  typeof row[field] === 'string' ? (row[field] as string) : '';

/**
 * A key collision that cannot be right: one NIB registered to two different owners (by owner
 * name, normalised). Returns the reason in Indonesian, or null when the two may be the same IKM.
 */
export function nibOwnerClash(ours: IdentityRecord, theirs: IdentityRecord): string | null {
  const nib = normaliseNibDigits(text(theirs, 'nib'));
  if (nib.length !== 13 || nib !== normaliseNibDigits(text(ours, 'nib'))) return null;
  if (normaliseName(text(ours, 'ownerName')) === normaliseName(text(theirs, 'ownerName')))
    return null;
  return `NIB ${nib} di register ini milik ${text(ours, 'name')} (pemilik ${text(ours, 'ownerName')}), sedangkan bundel mencatatnya untuk ${text(theirs, 'name')} (pemilik ${text(theirs, 'ownerName')}). Satu NIB tidak mungkin dimiliki dua pemilik: IKM ini beserta produk, legalitas dan usulannya tidak digabung.`;
}
