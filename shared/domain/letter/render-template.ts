import { countWithWords } from '../../text/terbilang';
import type { OfficeProfile } from '../office/office-profile.schema';
import { formatLongDate, parseIsoDate } from '../../text/date';
import { nomineeRows, type Letter, type RequestLetterRef } from './letter';

export type TemplateVariables = Readonly<Record<string, string>>;

/** Replaces `{name}` with the variable's value; unknown names stay visible so the user sees them. */
export function renderTemplate(text: string, variables: TemplateVariables): string {
  return text.replace(/\{([a-z_]+)\}/g, (whole, name: string) =>
    Object.hasOwn(variables, name) ? (variables[name] ?? whole) : whole,
  );
}

/** `a`, `a dan b`, `a, b, dan c` — Indonesian list with the serial comma used in official letters. */
function joinIndonesian(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0]} dan ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, dan ${items[items.length - 1]}`;
}

/** Distinct kab/kota of the nominee lampiran rows, in first-seen order. */
function nomineeKabKota(letter: Pick<Letter, 'annexes'>): string[] {
  const seen: string[] = [];
  for (const row of nomineeRows(letter)) {
    const name = row.kabKota.trim();
    if (name !== '' && !seen.includes(name)) seen.push(name);
  }
  return seen;
}

/** `Nomor 500.9/1/Disperin/2026 tanggal 2 Maret 2026`: a cited letter, in the words of the body. */
export function sourceLetterCitation(ref: { number: string; date: string }): string {
  const date = parseIsoDate(ref.date) ? formatLongDate(ref.date) : ref.date;
  return `Nomor ${ref.number} tanggal ${date}`;
}

/**
 * The kab/kota letters behind the nominee rows, each once, in first-seen order:
 * `Kabupaten Banjar Nomor … tanggal …` (empty when no nominee came with a kab/kota letter).
 */
export function nomineeSourceLetters(letter: Pick<Letter, 'annexes'>): string[] {
  const seen: string[] = [];
  for (const row of nomineeRows(letter)) {
    if (!row.sourceLetter) continue;
    const text = `${row.kabKota.trim()} ${sourceLetterCitation(row.sourceLetter)}`.trim();
    if (!seen.includes(text)) seen.push(text);
  }
  return seen;
}

/** Candidates of the nominee lampiran; a reserve list or any other lampiran does not count. */
function nomineeCount(letter: Pick<Letter, 'annexes'>): number {
  return nomineeRows(letter).length;
}

/** `Nomor 500/12/IKMA/2026 tanggal 3 Februari 2026 hal Pelaksanaan OVOP`; missing parts shown as `…`. */
function requestLetterCitation(ref: RequestLetterRef | undefined): string {
  const number = ref?.number.trim() || '…';
  const date = ref && parseIsoDate(ref.date) ? formatLongDate(ref.date) : '…';
  const hal = ref?.hal.trim() || '…';
  return `Nomor ${number} tanggal ${date} hal ${hal}`;
}

export function letterTemplateVariables(
  letter: Pick<Letter, 'annexes' | 'year' | 'requestLetter'>,
  office: Pick<OfficeProfile, 'regionName'>,
): TemplateVariables {
  return {
    tahun: String(letter.year),
    jumlah_ikm: countWithWords(nomineeCount(letter), 'IKM'),
    wilayah: office.regionName,
    // A draft with no nominee yet names the office's own region rather than an empty place.
    daftar_kabkota: joinIndonesian(nomineeKabKota(letter)) || office.regionName,
    surat_kementerian: requestLetterCitation(letter.requestLetter),
    surat_kabkota: joinIndonesian(nomineeSourceLetters(letter)),
  };
}
