import { nominationBaseSchema } from '@shared/domain/nomination/nomination.schema';
import type { z } from 'zod';

/** What the officer types on the nomination page besides status: sample, notes, portal, override. */
export const nominationDetailsSchema = nominationBaseSchema.pick({
  sample: true,
  notes: true,
  portalReference: true,
  overrideNote: true,
});
export type NominationDetails = z.infer<typeof nominationDetailsSchema>;
