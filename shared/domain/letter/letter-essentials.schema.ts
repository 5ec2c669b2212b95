import { z } from 'zod';

/**
 * The letter module keeps `Letter` as a TypeScript type; this checks the essentials the register,
 * the screens and the exchange bundle rely on (ids, dates, status, the lampiran rows with their
 * nomination ids, the number once final). Other keys pass through unchanged.
 */
const text = z.string({ error: 'Harus berupa teks' });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal surat harus berbentuk TTTT-BB-HH');

export const letterEssentialsShape = {
  id: text.min(1, 'Id surat kosong'),
  officeId: text.min(1, 'Surat tanpa instansi'),
  roundId: text.min(1, 'Surat tanpa periode OVOP'),
  year: z
    .number()
    .int()
    .min(2000, 'Tahun periode tidak valid')
    .max(2100, 'Tahun periode tidak valid'),
  date: isoDate,
  hal: text,
  classificationCode: text,
  number: text.optional(),
  status: z.enum(['draft', 'final', 'signed', 'sent', 'cancelled'], {
    error: 'Status surat tidak dikenal',
  }),
  addressee: z.looseObject({ jobTitle: text, agency: text, place: text }),
  body: z.looseObject({ opening: text, content: text, points: z.array(text), closing: text }),
  copyTo: z.array(text),
  annexes: z.array(
    z.looseObject({
      title: text,
      rows: z.array(
        z.looseObject({
          nominationId: text.min(1, 'Baris lampiran tanpa usulan'),
          enterpriseName: text,
        }),
      ),
    }),
  ),
  readinessOverrides: z.array(z.looseObject({ nominationId: text, note: text })),
  signingMode: z.enum(['basah', 'tte'], { error: 'Cara tanda tangan tidak dikenal' }),
  createdAt: text,
  updatedAt: text,
};

/** A number exactly when the letter is final, signed or sent. */
export function refineLetterNumber(
  letter: { status: string; number?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  const numbered =
    letter.status === 'final' || letter.status === 'signed' || letter.status === 'sent';
  if (numbered && !letter.number)
    ctx.addIssue({ code: 'custom', path: ['number'], message: 'Surat final wajib bernomor' });
  if (letter.status === 'draft' && letter.number)
    ctx.addIssue({
      code: 'custom',
      path: ['number'],
      message: 'Konsep surat belum boleh bernomor',
    });
}

export const letterEssentialsSchema = z
  .looseObject(letterEssentialsShape)
  .superRefine(refineLetterNumber);
