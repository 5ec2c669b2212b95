import type { z } from 'zod';
import { awardRecordBaseSchema, type AwardRecord } from '@shared/domain/award/award';

/**
 * What the officer types for one earlier award: the domain's fields and its rule that the stars
 * fit the round's scale (same Indonesian message as the repository gives).
 */
export const awardFormSchema = awardRecordBaseSchema
  .pick({ enterpriseId: true, productName: true, year: true, stars: true, scale: true })
  .superRefine((a, ctx) => {
    if (a.stars > a.scale)
      ctx.addIssue({
        code: 'custom',
        path: ['stars'],
        message: `Jumlah bintang paling banyak ${a.scale} pada skala ini`,
      });
  });
export type AwardForm = z.output<typeof awardFormSchema>;
export type AwardInput = z.input<typeof awardFormSchema>;

/** The form's starting values: the stored award, or a blank one on the 1–5 scale. */
export function awardInputOf(enterpriseId: string, award?: AwardRecord): AwardInput {
  if (award)
    return {
      enterpriseId: award.enterpriseId,
      productName: award.productName,
      year: award.year,
      stars: award.stars,
      scale: award.scale,
    };
  return {
    enterpriseId,
    productName: '',
    year: undefined as unknown as number,
    stars: undefined as unknown as number,
    scale: 5,
  };
}

/** "3 dari 5 (skala 1–5)" */
export function starsText(a: Pick<AwardRecord, 'stars' | 'scale'>): string {
  return `${a.stars} dari ${a.scale} (skala 1–${a.scale})`;
}
