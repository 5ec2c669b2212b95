import type { Letter, LetterStatus, RegisterEntry, RegisterStatus } from '@shared/domain/letter';
import type { OfficeProfile } from '@shared/domain/office';
import type { OvopDatabase } from '../database';
import type { LetterRegisterRecord } from './records';

/** A row of the outgoing-letter register as the screens list it. */
export type LetterRegisterEntry = RegisterEntry & {
  roundId: string;
  /** Why a cancelled (*batal*) letter was cancelled. */
  cancelReason?: string;
};

const REGISTER_STATUS: Record<LetterStatus, RegisterStatus> = {
  draft: 'draft',
  final: 'final',
  signed: 'signed',
  sent: 'sent',
  cancelled: 'batal',
};

/** One row of the outgoing-letter register, for a letter that holds a number. */
export function registerEntryOf(
  letter: Letter,
  sequence: number,
  current: OfficeProfile,
): RegisterEntry {
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

/** The register rows of one office and year (the `[officeId+year]` index). */
export function registerRowsOf(
  db: OvopDatabase,
  officeId: string,
  year: number,
): Promise<LetterRegisterRecord[]> {
  return db.letterRegister.where('[officeId+year]').equals([officeId, year]).toArray();
}

/** Highest sequence ever claimed (cancelled included) plus one: a number is never given out twice. */
export function nextSequenceOf(rows: readonly LetterRegisterRecord[]): number {
  return rows.reduce((max, row) => Math.max(max, row.sequence), 0) + 1;
}
