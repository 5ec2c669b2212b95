import { z } from 'zod';
import { commoditySchema } from '../common/commodity';
import { isoDateSchema } from '../common/date';
import { decreeIdSchema, enterpriseIdSchema, sentraIdSchema } from '../common/ids';
import { FORM_OMIT, recordTimestampsSchema } from '../common/record';
import { desaOrKecamatanCodeSchema, kabKotaCodeSchema } from '../common/region';
import { optionalText, requiredText, sha256HexSchema, wholeNumber } from '../common/text';

const sentraBaseSchema = z.object({
  id: sentraIdSchema,
  name: requiredText('Nama sentra'),
  commodity: commoditySchema,
  /** Desa or kecamatan where the sentra lies. */
  regionCode: desaOrKecamatanCodeSchema,
  address: optionalText('Alamat', 500),
  unitCount: wholeNumber('Jumlah unit usaha', 0, 100_000),
  workerCount: wholeNumber('Jumlah tenaga kerja', 0, 1_000_000),
  decreeId: decreeIdSchema.optional(),
  leadEnterpriseId: enterpriseIdSchema.optional(),
  notes: optionalText('Catatan'),
  ...recordTimestampsSchema.shape,
});
export const sentraSchema = sentraBaseSchema;
export type Sentra = z.infer<typeof sentraSchema>;

/** What the sentra form edits (no id, no timestamps). */
export const sentraFormSchema = sentraBaseSchema.omit(FORM_OMIT);
export type SentraForm = z.infer<typeof sentraFormSchema>;

export const DECREE_SIGNER_ROLES = ['bupati', 'wali-kota', 'lainnya'] as const;
export type DecreeSignerRole = (typeof DECREE_SIGNER_ROLES)[number];
export const DECREE_SIGNER_ROLE_LABELS: Record<DecreeSignerRole, string> = {
  bupati: 'Bupati',
  'wali-kota': 'Wali Kota',
  lainnya: 'Pejabat lain',
};

/** SK penetapan sentra IKM. One SK may designate several sentra (they point at it via decreeId). */
const sentraDecreeBaseSchema = z.object({
  id: decreeIdSchema,
  number: requiredText('Nomor SK'),
  date: isoDateSchema('Tanggal SK'),
  /** Who signed, as written on the SK, e.g. "Bupati Banjar". */
  signedBy: requiredText('Penanda tangan SK'),
  /** The office of the signer; the OVOP rule wants the bupati or wali kota. */
  signerRole: z.enum(DECREE_SIGNER_ROLES, { error: 'Pilih jabatan penanda tangan SK' }),
  /** The kabupaten/kota that issued the SK. */
  issuingRegionCode: kabKotaCodeSchema,
  scanHash: sha256HexSchema.optional(),
  ...recordTimestampsSchema.shape,
});
export const sentraDecreeSchema = sentraDecreeBaseSchema;
export type SentraDecree = z.infer<typeof sentraDecreeSchema>;
export const sentraDecreeFormSchema = sentraDecreeBaseSchema.omit(FORM_OMIT);
export type SentraDecreeForm = z.infer<typeof sentraDecreeFormSchema>;
