import { z } from 'zod';
import { isoDateSchema } from '../common/date';
import { credentialIdSchema, enterpriseIdSchema, productIdSchema } from '../common/ids';
import { FORM_OMIT, recordTimestampsSchema } from '../common/record';
import { optionalText, requiredText, sha256HexSchema } from '../common/text';

export const CREDENTIAL_KINDS = [
  'nib',
  'spp-irt',
  'bpom-md',
  'halal',
  'uji-lab',
  'hki',
  'sni',
  'batikmark',
  'lainnya',
] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

export const CREDENTIAL_KIND_LABELS: Record<CredentialKind, string> = {
  nib: 'NIB',
  'spp-irt': 'SPP-IRT',
  'bpom-md': 'BPOM MD',
  halal: 'Sertifikat Halal',
  'uji-lab': 'Hasil Uji Laboratorium',
  hki: 'HKI (Merek)',
  sni: 'SNI',
  batikmark: 'Batikmark',
  lainnya: 'Lainnya',
};

export const credentialKindSchema = z.enum(CREDENTIAL_KINDS, { error: 'Pilih jenis legalitas' });

/** Legalitas / sertifikat of an IKM, optionally tied to one product. */
export const credentialBaseSchema = z.object({
  id: credentialIdSchema,
  enterpriseId: enterpriseIdSchema,
  /** Set when the credential covers one product only (e.g. halal, uji lab). */
  productId: productIdSchema.optional(),
  kind: credentialKindSchema,
  number: requiredText('Nomor dokumen', 100),
  issuer: optionalText('Penerbit', 200),
  issuedOn: isoDateSchema('Tanggal terbit'),
  /** Undefined = valid without end date (e.g. NIB). */
  expiresOn: isoDateSchema('Tanggal berakhir').optional(),
  scanHash: sha256HexSchema.optional(),
  ...recordTimestampsSchema.shape,
});

function credentialChecks(
  c: { issuedOn: string; expiresOn?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (c.expiresOn !== undefined && c.expiresOn < c.issuedOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['expiresOn'],
      message: 'Tanggal berakhir tidak boleh sebelum tanggal terbit',
    });
  }
}

export const credentialSchema = credentialBaseSchema.superRefine(credentialChecks);
export type Credential = z.infer<typeof credentialSchema>;

export const credentialFormSchema = credentialBaseSchema
  .omit(FORM_OMIT)
  .superRefine(credentialChecks);
export type CredentialForm = z.infer<typeof credentialFormSchema>;
