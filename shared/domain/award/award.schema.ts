import { z } from 'zod';
import { awardIdSchema, enterpriseIdSchema } from '../common/ids';
import { recordTimestampsSchema } from '../common/record';
import { requiredText, wholeNumber } from '../common/text';

export const STAR_SCALES = [5, 3] as const;
export type StarScale = (typeof STAR_SCALES)[number];
export const starScaleSchema = z.union([z.literal(5), z.literal(3)], {
  error: 'Skala bintang harus 5 atau 3',
});

/** An earlier OVOP star award (bintang) of an IKM's product. */
export const awardRecordBaseSchema = z.object({
  id: awardIdSchema,
  enterpriseId: enterpriseIdSchema,
  productName: requiredText('Nama produk'),
  year: wholeNumber('Tahun', 2000, 2100),
  stars: wholeNumber('Jumlah bintang', 1, 5),
  scale: starScaleSchema,
  ...recordTimestampsSchema.shape,
});

export const awardRecordSchema = awardRecordBaseSchema.superRefine((a, ctx) => {
  if (a.stars > a.scale) {
    ctx.addIssue({
      code: 'custom',
      path: ['stars'],
      message: `Jumlah bintang paling banyak ${a.scale} pada skala ini`,
    });
  }
});
export type AwardRecord = z.infer<typeof awardRecordSchema>;
