import type { Letter, LetterStatus, RegisterEntry, RegisterStatus } from '@shared/domain/letter';
import type { OfficeProfile } from '@shared/domain/office';
import type { LetterRecord } from '../../db/records';

/** A stored letter keeps the whole `Letter` as its body; anything else is ignored as damaged. */
export function letterFromRecord(record: LetterRecord | undefined): Letter | undefined {
  const body = record?.body;
  if (typeof body !== 'object' || body === null) return undefined;
  const candidate = body as Partial<Letter>;
  if (typeof candidate.id !== 'string' || typeof candidate.status !== 'string' || !Array.isArray(candidate.annexes) || !Array.isArray(candidate.copyTo)) {
    return undefined;
  }
  return body as Letter;
}

export function letterToRecord(letter: Letter): LetterRecord {
  return { id: letter.id, roundId: letter.roundId, body: letter, createdAt: letter.createdAt, updatedAt: letter.updatedAt };
}

export const LETTER_STATUS_LABELS: Record<LetterStatus, string> = {
  draft: 'konsep',
  final: 'final',
  signed: 'ditandatangani',
  sent: 'terkirim',
  cancelled: 'batal',
};

const REGISTER_STATUS: Record<LetterStatus, RegisterStatus> = {
  draft: 'draft',
  final: 'final',
  signed: 'signed',
  sent: 'sent',
  cancelled: 'batal',
};

/** One row of the outgoing-letter register, for a letter that holds a number. */
export function registerEntryOf(letter: Letter, sequence: number, current: OfficeProfile): RegisterEntry {
  const office = letter.officeSnapshot ?? current;
  return {
    id: `${letter.id}:${letter.number ?? ''}`,
    officeId: letter.officeId,
    letterId: letter.id,
    year: Number(letter.date.slice(0, 4)),
    sequence,
    number: letter.number ?? '',
    date: letter.date,
    sifat: letter.sifat,
    hal: letter.hal,
    addressee: letter.addressee.jobTitle,
    copyTo: [...letter.copyTo],
    signer: office.signer.name,
    attachmentCount: letter.annexes.length,
    status: REGISTER_STATUS[letter.status],
    ...(letter.finalPdfHash ? { finalPdfHash: letter.finalPdfHash } : {}),
    ...(letter.signedCopyHash ? { signedCopyHash: letter.signedCopyHash } : {}),
  };
}

/** `YYYY-MM-DD` of a moment in the user's local calendar. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
