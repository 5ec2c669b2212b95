import { z } from 'zod';
import { starScaleSchema } from '../award/award.schema';
import { commoditySchema } from '../common/commodity';
import { isoDateSchema } from '../common/date';
import { roundIdSchema } from '../common/ids';
import { FORM_OMIT, recordTimestampsSchema } from '../common/record';
import { optionalText, requiredText, wholeNumber } from '../common/text';
import { credentialKindSchema } from '../credential/credential.schema';

const checklistItemKindSchema = z.union(
  [credentialKindSchema, z.literal('photo'), z.literal('document')],
  {
    error: 'Pilih jenis persyaratan',
  },
);
export type ChecklistItemKind = z.infer<typeof checklistItemKindSchema>;

/** One required item of the round's document checklist. */
const checklistItemSchema = z.object({
  id: requiredText('Kode persyaratan', 100),
  label: requiredText('Nama persyaratan'),
  kind: checklistItemKindSchema,
  minCount: wholeNumber('Jumlah minimal', 1, 50),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/** Required items per commodity (every commodity has a list, possibly empty). */
const documentChecklistSchema = z.record(commoditySchema, z.array(checklistItemSchema).max(100));
export type DocumentChecklist = z.infer<typeof documentChecklistSchema>;

const quotaSchema = z.object({
  minSentraPerKabKota: wholeNumber('Kuota minimal sentra', 0, 100),
  minEnterprisePerKabKota: wholeNumber('Kuota minimal IKM', 0, 100),
});

/** Advisory scoring rubric: versioned data, never a gate. */
const rubricSchema = z.object({
  version: requiredText('Versi rubrik', 50),
  criteria: z
    .array(
      z.object({
        id: requiredText('Kode kriteria', 100),
        label: requiredText('Nama kriteria'),
        weight: z.number().min(0, 'Bobot tidak boleh negatif').max(100, 'Bobot paling besar 100'),
      }),
    )
    .max(50),
});

/**
 * The ministry's letter that asked for nominations; the surat usulan cites it by nomor, tanggal and
 * hal. Fields may stay empty while the round is set up; a letter cannot be made final without them.
 */
const requestLetterSchema = z.object({
  number: optionalText('Nomor surat Kementerian', 100),
  date: z.union([z.literal(''), isoDateSchema('Tanggal surat Kementerian')]),
  hal: optionalText('Hal surat Kementerian', 300),
});

/** One OVOP round (periode), e.g. "OVOP 2026". */
const roundBaseSchema = z.object({
  id: roundIdSchema,
  year: wholeNumber('Tahun', 2000, 2100),
  name: requiredText('Nama periode', 100),
  opensOn: isoDateSchema('Tanggal pembukaan usulan'),
  closesOn: isoDateSchema('Tanggal penutupan usulan'),
  starScale: starScaleSchema,
  quota: quotaSchema,
  documentChecklist: documentChecklistSchema,
  requiredPhotos: wholeNumber('Jumlah foto wajib', 0, 50),
  /** Months per year a product must be made to count as continuous (readiness, advisory). */
  minMonthsProducedPerYear: wholeNumber('Bulan produksi minimal per tahun', 1, 12),
  rubric: rubricSchema.optional(),
  requestLetter: requestLetterSchema.optional(),
  ...recordTimestampsSchema.shape,
});

function roundChecks(r: { opensOn: string; closesOn: string }, ctx: z.RefinementCtx): void {
  if (r.closesOn < r.opensOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['closesOn'],
      message: 'Tanggal penutupan tidak boleh sebelum tanggal pembukaan',
    });
  }
}

export const roundSchema = roundBaseSchema.superRefine(roundChecks);
export type Round = z.infer<typeof roundSchema>;

export const roundFormSchema = roundBaseSchema.omit(FORM_OMIT).superRefine(roundChecks);
export type RoundForm = z.infer<typeof roundFormSchema>;
