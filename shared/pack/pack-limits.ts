import { z } from 'zod';

/** Per-file limits the ministry portal enforces; kept in settings (key `pack.limits`). */
export const packLimitsSchema = z.object({
  maxPhotoBytes: z
    .number()
    .int()
    .min(10 * 1024, 'Batas foto paling kecil 10 KB'),
  maxPdfBytes: z
    .number()
    .int()
    .min(10 * 1024, 'Batas PDF paling kecil 10 KB'),
  allowedTypes: z
    .array(z.enum(['jpeg', 'png', 'pdf']))
    .min(1, 'Pilih paling sedikit satu jenis berkas'),
});
export type PackLimits = z.infer<typeof packLimitsSchema>;

export const DEFAULT_PACK_LIMITS: PackLimits = {
  maxPhotoBytes: 2 * 1024 * 1024,
  maxPdfBytes: 5 * 1024 * 1024,
  allowedTypes: ['jpeg', 'png', 'pdf'],
};

export const PACK_LIMITS_SETTING_KEY = 'pack.limits';
