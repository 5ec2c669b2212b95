import type { OvopDatabase } from '../database';
import { readConnection } from './connection';

/**
 * Letter numbers with a shared register: the server's per-office counter (one PostgreSQL
 * transaction per number) gives the sequence, so two PCs of one office never print the same
 * number. Without a configured server the local register numbers as before. With a server
 * configured but unreachable (or signed out) finalising is refused: a number drawn offline could be
 * drawn by another PC too. See shared/sync/README.md.
 */
export interface LetterNumberAuthority {
  /** The office's next sequence for `year`, drawn on the server; throws LetterNumberUnavailable. */
  allocateLetterSequence(year: number): Promise<number>;
}

export const LETTER_NUMBER_OFFLINE_MESSAGE =
  'Nomor surat diambil dari server agar tidak kembar di PC lain kantor ini, tetapi server tidak dapat dihubungi. Surat tetap tersimpan sebagai draf; finalkan lagi setelah server terjangkau.';
export const LETTER_NUMBER_SIGNED_OUT_MESSAGE =
  'Nomor surat diambil dari server agar tidak kembar di PC lain kantor ini, tetapi sesi server berakhir. Masuk lagi di Pengaturan → Server, lalu finalkan surat ini.';

/** The server could not give a number now; the message says why and what to do. */
export class LetterNumberUnavailableError extends Error {
  override readonly name = 'LetterNumberUnavailableError';
}

const authorities = new WeakMap<OvopDatabase, LetterNumberAuthority>();

/** The sync engine of a register announces itself here; the letter module asks it for numbers. */
export function setLetterNumberAuthority(db: OvopDatabase, authority: LetterNumberAuthority): void {
  authorities.set(db, authority);
}

/**
 * The sequence a final letter of `year` receives from the server, or undefined when this PC has no
 * server configured (the local register numbers then). Never falls back to local numbering while a
 * server is configured.
 */
export async function serverLetterSequence(
  db: OvopDatabase,
  year: number,
): Promise<number | undefined> {
  if (!(await readConnection(db))) return undefined;
  const authority = authorities.get(db);
  if (!authority) throw new LetterNumberUnavailableError(LETTER_NUMBER_SIGNED_OUT_MESSAGE);
  return authority.allocateLetterSequence(year);
}
