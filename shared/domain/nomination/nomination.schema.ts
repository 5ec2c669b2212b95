import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema } from '../common/date';
import {
  awardIdSchema,
  enterpriseIdSchema,
  letterIdSchema,
  nominationIdSchema,
  productIdSchema,
  roundIdSchema,
} from '../common/ids';
import { recordTimestampsSchema } from '../common/record';
import { optionalText, requiredText, wholeNumber } from '../common/text';

export const NOMINATION_STATUSES = [
  'draft',
  'diperiksa',
  'divalidasi',
  'surat-ditandatangani',
  'diunggah',
  'lolos-administrasi',
  'gagal-administrasi',
  'dinilai',
  'dianugerahi',
  'tidak-dianugerahi',
  'ditarik',
] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];
const nominationStatusSchema = z.enum(NOMINATION_STATUSES, {
  error: 'Status usulan tidak dikenal',
});

export const NOMINATION_KINDS = ['baru', 'evaluasi-ulang'] as const;
export type NominationKind = (typeof NOMINATION_KINDS)[number];
export const NOMINATION_KIND_LABELS: Record<NominationKind, string> = {
  baru: 'Usulan baru',
  'evaluasi-ulang': 'Evaluasi ulang',
};

const historyEntrySchema = z.object({
  status: nominationStatusSchema,
  at: isoDateTimeSchema('Waktu'),
  by: requiredText('Nama pencatat', 100),
  note: optionalText('Catatan', 1000).optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

const sampleSchema = z.object({
  sentOn: isoDateSchema('Tanggal kirim sampel').optional(),
  receiptNumber: optionalText('Nomor resi', 100).optional(),
});

/** Usulan: one IKM's product put forward in one round. */
export const nominationBaseSchema = z.object({
  id: nominationIdSchema,
  roundId: roundIdSchema,
  enterpriseId: enterpriseIdSchema,
  productId: productIdSchema,
  kind: z.enum(NOMINATION_KINDS, { error: 'Pilih jenis usulan' }),
  /** The earlier award being re-evaluated (kind 'evaluasi-ulang'). */
  awardId: awardIdSchema.optional(),
  status: nominationStatusSchema,
  /** Oldest first; the last entry is the current status. */
  history: z.array(historyEntrySchema),
  /** Stars awarded (status 'dianugerahi'). */
  stars: wholeNumber('Jumlah bintang', 1, 5).optional(),
  sample: sampleSchema,
  notes: optionalText('Catatan'),
  portalReference: optionalText('Nomor pendaftaran portal', 100).optional(),
  letterId: letterIdSchema.optional(),
  /** Why the officer moved it on despite blocking findings. */
  overrideNote: optionalText('Alasan pengecualian', 1000).optional(),
  ...recordTimestampsSchema.shape,
});

export const nominationSchema = nominationBaseSchema.superRefine((n, ctx) => {
  if (n.kind === 'evaluasi-ulang' && n.awardId === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['awardId'],
      message: 'Pilih penghargaan yang dievaluasi ulang',
    });
  }
});
export type Nomination = z.infer<typeof nominationSchema>;
