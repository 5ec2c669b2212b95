import { daysBetween, type IsoDate } from '../common/date';
import type { Credential, CredentialKind } from './credential.schema';

export * from './credential.schema';

export type CredentialState = 'valid' | 'expiring-soon' | 'expired';

export const CREDENTIAL_STATE_LABELS: Record<CredentialState, string> = {
  valid: 'Berlaku',
  'expiring-soon': 'Segera berakhir',
  expired: 'Kedaluwarsa',
};

/** Days before the end date from which a credential counts as expiring soon. */
const EXPIRING_SOON_DAYS = 60;

/**
 * State of a credential on a given date: expired when its end date is before `onDate`
 * (it is still valid on the end date itself), expiring soon within 60 days, valid otherwise.
 */
export function credentialState(
  c: Pick<Credential, 'expiresOn'>,
  onDate: IsoDate,
): CredentialState {
  if (c.expiresOn === undefined) return 'valid';
  const left = daysBetween(onDate, c.expiresOn);
  if (left < 0) return 'expired';
  if (left <= EXPIRING_SOON_DAYS) return 'expiring-soon';
  return 'valid';
}

export function isValidOn(c: Pick<Credential, 'expiresOn' | 'issuedOn'>, onDate: IsoDate): boolean {
  return c.issuedOn <= onDate && credentialState(c, onDate) !== 'expired';
}

/** Credentials that concern a product: those of its enterprise that are not tied to another product. */
export function credentialsForProduct<C extends Pick<Credential, 'productId'>>(
  credentials: readonly C[],
  productId: string,
): C[] {
  return credentials.filter((c) => c.productId === undefined || c.productId === productId);
}

/** Kinds that are optional evidence (never required by the OVOP rules). */
export const OPTIONAL_CREDENTIAL_KINDS: readonly CredentialKind[] = [
  'hki',
  'sni',
  'batikmark',
  'lainnya',
];
