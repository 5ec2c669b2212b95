import { z } from 'zod';
import type { Letter } from '@shared/domain/letter/letter';
import { ValidationError } from './errors';
import { LETTER_RECORD_VERSION, nominationIdsOf } from './migrations/0002-letter-register';
import type { LetterRecord } from './records';

/**
 * shared/domain/letter has no zod schema for `Letter`; this checks the essentials the repository and
 * the screens rely on (ids, dates, status, the lampiran rows with their nomination ids, the number
 * once final). Other keys pass through unchanged.
 */
const text = z.string({ error: 'Harus berupa teks' });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal surat harus berbentuk TTTT-BB-HH');

export const letterEssentialsSchema = z
  .looseObject({
    id: text.min(1, 'Id surat kosong'),
    officeId: text.min(1, 'Surat tanpa instansi'),
    roundId: text.min(1, 'Surat tanpa periode OVOP'),
    year: z.number().int().min(2000, 'Tahun periode tidak valid').max(2100, 'Tahun periode tidak valid'),
    date: isoDate,
    hal: text,
    classificationCode: text,
    number: text.optional(),
    status: z.enum(['draft', 'final', 'signed', 'sent', 'cancelled'], { error: 'Status surat tidak dikenal' }),
    addressee: z.looseObject({ jobTitle: text, agency: text, place: text }),
    body: z.looseObject({ opening: text, content: text, points: z.array(text), closing: text }),
    copyTo: z.array(text),
    annexes: z.array(z.looseObject({ title: text, rows: z.array(z.looseObject({ nominationId: text.min(1, 'Baris lampiran tanpa usulan'), enterpriseName: text })) })),
    readinessOverrides: z.array(z.looseObject({ nominationId: text, note: text })),
    signingMode: z.enum(['basah', 'tte'], { error: 'Cara tanda tangan tidak dikenal' }),
    createdAt: text,
    updatedAt: text,
  })
  .superRefine((letter, issues) => {
    const numbered = letter.status === 'final' || letter.status === 'signed' || letter.status === 'sent';
    if (numbered && !letter.number) issues.addIssue({ code: 'custom', path: ['number'], message: 'Surat final wajib bernomor' });
    if (letter.status === 'draft' && letter.number) issues.addIssue({ code: 'custom', path: ['number'], message: 'Konsep surat belum boleh bernomor' });
  });

const EXTRA_KEYS = ['schemaVersion', 'nominationIds', 'cancelReason'] as const;

/** Validates the letter and builds its stored record; throws ValidationError with Indonesian messages. */
export function letterToRecord(letter: Letter, cancelReason?: string): LetterRecord {
  const parsed = letterEssentialsSchema.safeParse(letter);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  const clean = Object.fromEntries(Object.entries(letter).filter(([, v]) => v !== undefined)) as unknown as Letter;
  return {
    ...clean,
    schemaVersion: LETTER_RECORD_VERSION,
    nominationIds: nominationIdsOf(clean as unknown as Record<string, unknown>),
    ...(cancelReason !== undefined ? { cancelReason } : {}),
  };
}

/** The letter of a stored record; undefined for a damaged row (never shown, never overwritten). */
export function letterFromRecord(record: LetterRecord | undefined): Letter | undefined {
  if (!record) return undefined;
  const copy: Record<string, unknown> = { ...record };
  for (const key of EXTRA_KEYS) delete copy[key];
  return letterEssentialsSchema.safeParse(copy).success ? (copy as unknown as Letter) : undefined;
}
