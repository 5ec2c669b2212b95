import type { Letter, NomineeReadiness } from '@shared/domain/letter';
import type { LetterInfo } from '@shared/domain/nomination/nomination';
import type { OfficeProfile } from '@shared/domain/office';
import type { LetterRegisterEntry } from '../registers/letter-register';

/** The letter cannot be made final yet; `problems` are the Indonesian reasons (shown as a list). */
export class FinalCheckError extends Error {
  override readonly name = 'FinalCheckError';
  constructor(readonly problems: readonly string[]) {
    super(`Surat belum dapat difinalkan: ${problems.join('; ')}`);
  }
}

/** The letter came from another office in a bundle: it is kept as sent. */
export class ReceivedLetterError extends Error {
  override readonly name = 'ReceivedLetterError';
  constructor() {
    super('Surat ini kiriman kantor lain: disimpan apa adanya dan tidak dapat diubah di sini.');
  }
}

export interface SignedCopyResult {
  letter: Letter;
  /** Nominations moved to "surat-ditandatangani". */
  moved: string[];
  /** Nominations left as they were, with the workflow's reason. */
  refused: { nominationId: string; name: string; reason: string }[];
}

export type RenderFinalPdf = (letter: Letter, office: OfficeProfile) => Promise<Uint8Array>;

export interface LetterRepository {
  /** Every readable letter, newest first. */
  list(): Promise<Letter[]>;
  /** Readable letters of one round (the `roundId` index). */
  listByRound(roundId: string): Promise<Letter[]>;
  get(id: string): Promise<Letter | undefined>;
  create(letter: Letter): Promise<Letter>;
  /** Saves a draft; refused when the letter is no longer a draft or was changed elsewhere. */
  saveDraft(letter: Letter, expectedUpdatedAt: string): Promise<Letter>;
  /** The outgoing-letter register (numbered letters, cancelled ones as *batal*), in claim order. */
  register(): Promise<LetterRegisterEntry[]>;
  /**
   * Renders the final PDF with the next number of the office's year (`render`), then claims that
   * number and makes the letter final in ONE rw transaction over letters + letterRegister. When
   * another window claimed it meanwhile, the PDF is rendered again with the next free number.
   */
  finalise(
    id: string,
    readiness: readonly NomineeReadiness[],
    render: RenderFinalPdf,
  ): Promise<Letter>;
  /** Cancels the letter and stores the reason; a number it held stays in the register as *batal*. */
  cancel(id: string, reason: string): Promise<Letter>;
  cancelReason(id: string): Promise<string | undefined>;
  /** Stores a signed PDF and moves the listed nominations to "surat-ditandatangani" where allowed. */
  attachSignedCopy(id: string, bytes: Uint8Array): Promise<SignedCopyResult>;
  /** What the nomination workflow needs about the letter listing `nominationId` (a signed one first). */
  letterFactsFor(nominationId: string): Promise<LetterInfo | undefined>;
  pdfBytes(hash: string): Promise<Uint8Array | undefined>;
}
