import type { Letter, LetterStatus } from '@shared/domain/letter';

const STATUSES: readonly LetterStatus[] = ['draft', 'final', 'signed', 'sent', 'cancelled'];

/** The register's filter from `/surat?periode=<roundId>&status=final` (Beranda's "menunggu pindaian"). */
export interface LetterListFilter {
  roundId?: string;
  status?: LetterStatus;
}

export function letterFilterFromParams(params: URLSearchParams): LetterListFilter {
  const roundId = params.get('periode') ?? '';
  const status = params.get('status') ?? '';
  return {
    ...(roundId !== '' ? { roundId } : {}),
    ...((STATUSES as readonly string[]).includes(status) ? { status: status as LetterStatus } : {}),
  };
}

/** Letters matching the filter; a "final" letter is one still waiting for its signed copy. */
export function filterLetters(letters: readonly Letter[], filter: LetterListFilter): Letter[] {
  return letters.filter(
    (l) =>
      (filter.roundId === undefined || l.roundId === filter.roundId) &&
      (filter.status === undefined || l.status === filter.status) &&
      (filter.status !== 'final' || (l.signedCopyHash ?? '') === ''),
  );
}
