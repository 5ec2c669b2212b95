import { z } from 'zod';
import { isoDateTimeSchema } from './date';

/** Timestamps every register record carries. `deletedAt` set = soft-deleted (undoable). */
export const recordTimestampsSchema = z.object({
  createdAt: isoDateTimeSchema('Waktu dibuat'),
  updatedAt: isoDateTimeSchema('Waktu diubah'),
  deletedAt: isoDateTimeSchema('Waktu dihapus').optional(),
});

/** Keys a form never edits: the id and the timestamps. `schema.omit(FORM_OMIT)` gives the form shape. */
export const FORM_OMIT = { id: true, createdAt: true, updatedAt: true, deletedAt: true } as const;
