import type { LetterSifat } from './letter';

/** Register status; a cancelled number stays as `batal` and is never given out again. */
export type RegisterStatus = 'draft' | 'final' | 'signed' | 'sent' | 'batal';

export interface RegisterEntry {
  id: string;
  officeId: string;
  letterId: string;
  year: number;
  sequence: number;
  number: string;
  date: string;
  sifat: LetterSifat;
  hal: string;
  addressee: string;
  copyTo: string[];
  signer: string;
  attachmentCount: number;
  status: RegisterStatus;
  finalPdfHash?: string;
  signedCopyHash?: string;
}

export interface LetterNumberParts {
  kode: string;
  /** The sequence; a draft passes a placeholder such as `…` for its provisional number. */
  urut: number | string;
  unit: string;
  tahun: number;
}

/**
 * `formatLetterNumber('{kode}/{urut}/{unit}/{tahun}', {kode:'500.9', urut: 12, unit:'Disperin', tahun: 2024})`
 * → `500.9/12/Disperin/2024`. An empty token removes its separator instead of leaving `//`.
 */
export function formatLetterNumber(template: string, parts: LetterNumberParts): string {
  const values: Record<string, string> = {
    kode: parts.kode.trim(),
    urut: String(parts.urut),
    unit: parts.unit.trim(),
    tahun: String(parts.tahun),
  };
  const filled = template.replace(
    /\{(kode|urut|unit|tahun)\}/g,
    (_whole, name: string) => values[name] ?? '',
  );
  return filled
    .replace(/([/.-])\1+/g, '$1')
    .replace(/^[/.-]+|[/.-]+$/g, '')
    .trim();
}

/** Next sequence for an office in a year: the highest ever used (cancelled included) plus one. */
export function nextSequence(
  entries: readonly RegisterEntry[],
  officeId: string,
  year: number,
): number {
  let max = 0;
  for (const entry of entries) {
    if (entry.officeId === officeId && entry.year === year && entry.sequence > max)
      max = entry.sequence;
  }
  return max + 1;
}

/** True when the number is already in the register for another letter (cancelled numbers count). */
export function isNumberTaken(
  entries: readonly RegisterEntry[],
  officeId: string,
  number: string,
  exceptLetterId?: string,
): boolean {
  return entries.some(
    (e) => e.officeId === officeId && e.number === number && e.letterId !== exceptLetterId,
  );
}
