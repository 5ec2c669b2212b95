import type { IsoDate } from '../domain/common/date';
import type { Credential, CredentialKind } from '../domain/credential/credential.schema';
import type { Letter } from '../domain/letter/letter';
import type { Round } from '../domain/round/round.schema';

export interface ExpiringCredential {
  credentialId: string;
  enterpriseId: string;
  enterpriseName: string;
  kind: CredentialKind;
  number: string;
  expiresOn: IsoDate;
  /** True when it has already expired on `today`; otherwise it ends before the round closes. */
  alreadyExpired: boolean;
}

/**
 * Credentials of the nominated IKM that will not be valid on the round's closing date (a credential
 * is still valid on its end date): the ones to renew before the window closes. Deleted ones and
 * those without an end date are left out. Earliest end first.
 */
export function credentialsExpiringBeforeClose(
  round: Pick<Round, 'closesOn'>,
  today: IsoDate,
  credentials: readonly Pick<
    Credential,
    'id' | 'enterpriseId' | 'kind' | 'number' | 'expiresOn' | 'deletedAt'
  >[],
  enterpriseNames: ReadonlyMap<string, string>,
): ExpiringCredential[] {
  const out: ExpiringCredential[] = [];
  for (const c of credentials) {
    if (c.deletedAt !== undefined || c.expiresOn === undefined || c.expiresOn >= round.closesOn)
      continue;
    out.push({
      credentialId: c.id,
      enterpriseId: c.enterpriseId,
      enterpriseName: enterpriseNames.get(c.enterpriseId) ?? c.enterpriseId,
      kind: c.kind,
      number: c.number,
      expiresOn: c.expiresOn,
      alreadyExpired: c.expiresOn < today,
    });
  }
  return out.sort(
    (a, b) =>
      a.expiresOn.localeCompare(b.expiresOn) || a.enterpriseName.localeCompare(b.enterpriseName),
  );
}

export type LetterSummary = Pick<Letter, 'id' | 'roundId' | 'status' | 'hal' | 'date'> & {
  number?: string;
  signedCopyHash?: string;
};

/** Final letters of the round (numbered, printed) whose scanned signed copy is not stored yet. Oldest first. */
export function lettersAwaitingSignedCopy(
  roundId: string,
  letters: readonly LetterSummary[],
): LetterSummary[] {
  return letters
    .filter((l) => l.roundId === roundId && l.status === 'final' && (l.signedCopyHash ?? '') === '')
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
