import { compareIsoDates, formatLongDate, parseIsoDate } from '../../text/date';
import type { Letter, RequestLetterRef } from './letter';

/** What the final checks need to know about the letter's round. */
export interface LetterRoundFacts {
  year: number;
  opensOn: string;
  closesOn: string;
  requestLetter?: RequestLetterRef;
}

/** Start of the problem shown when the ministry's letter is not fully recorded on the round. */
export const REQUEST_LETTER_PROBLEM = 'Surat Kementerian yang meminta usulan belum lengkap';

function missingRequestParts(ref: RequestLetterRef | undefined): string[] {
  const missing: string[] = [];
  if ((ref?.number.trim() ?? '') === '') missing.push('nomor');
  if (!ref || !parseIsoDate(ref.date)) missing.push('tanggal');
  if ((ref?.hal.trim() ?? '') === '') missing.push('hal');
  return missing;
}

const longDate = (iso: string): string => (parseIsoDate(iso) ? formatLongDate(iso) : iso);

/** Years written in the letter's own text (`Tahun 2026`, `2026` in the hal) that differ from the round. */
function otherYears(letter: Letter, year: number): number[] {
  const texts = [
    letter.hal,
    letter.body.opening,
    letter.body.content,
    ...letter.body.points,
    letter.body.closing,
    ...letter.annexes.map((a) => a.title),
  ];
  const found = new Set<number>();
  for (const text of texts) {
    for (const match of text.matchAll(/\btahun\s+(\d{4})\b/gi)) {
      const value = Number(match[1]);
      if (value !== year) found.add(value);
    }
  }
  return [...found].sort();
}

/** The checks that compare the letter with its round: cited request, date window, year. */
export function roundChecks(letter: Letter, round: LetterRoundFacts): string[] {
  const problems: string[] = [];
  const missing = missingRequestParts(letter.requestLetter);
  if (missing.length > 0)
    problems.push(`${REQUEST_LETTER_PROBLEM} (${missing.join(', ')}): isi di pengaturan periode`);
  if (letter.year !== round.year)
    problems.push(`Tahun surat (${letter.year}) tidak sama dengan tahun periode (${round.year})`);
  for (const year of otherYears(letter, round.year))
    problems.push(`Teks surat menyebut Tahun ${year}, padahal periodenya Tahun ${round.year}`);
  if (
    parseIsoDate(letter.date) &&
    (compareIsoDates(letter.date, round.opensOn) < 0 ||
      compareIsoDates(letter.date, round.closesOn) > 0)
  ) {
    problems.push(
      `Tanggal surat ${longDate(letter.date)} di luar masa usulan periode (${longDate(round.opensOn)} sampai ${longDate(round.closesOn)})`,
    );
  }
  return problems;
}
