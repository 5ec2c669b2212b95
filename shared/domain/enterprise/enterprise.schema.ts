import { z } from 'zod';
import { optionalEmailSchema, optionalPhoneSchema } from '../common/contact';
import { enterpriseIdSchema, sentraIdSchema } from '../common/ids';
import { rupiahSchema } from '../common/money';
import { nibSchema } from '../common/nib';
import { FORM_OMIT, recordTimestampsSchema } from '../common/record';
import { desaCodeSchema } from '../common/region';
import { optionalText, requiredText, sha256HexSchema, wholeNumber } from '../common/text';

/** An IKM (industri kecil dan menengah) in the register. */
const enterpriseBaseSchema = z.object({
  id: enterpriseIdSchema,
  name: requiredText('Nama IKM'),
  ownerName: requiredText('Nama pemilik'),
  nib: nibSchema,
  address: optionalText('Alamat', 500),
  /** Desa/kelurahan. */
  regionCode: desaCodeSchema,
  phone: optionalPhoneSchema,
  email: optionalEmailSchema,
  yearFounded: wholeNumber('Tahun berdiri', 1900, 2100).optional(),
  workerCount: wholeNumber('Jumlah tenaga kerja', 0, 1_000_000),
  /** Investment excluding land and buildings (Permenperin 64/2016). */
  investmentRupiah: rupiahSchema('Nilai investasi'),
  sentraId: sentraIdSchema.optional(),
  /** Penghela: the lead firm of its sentra. */
  isLeadFirm: z.boolean({ error: 'Pilih ya atau tidak' }),
  siinasAccount: optionalText('Akun SIINas', 100).optional(),
  siinasProofHash: sha256HexSchema.optional(),
  notes: optionalText('Catatan'),
  ...recordTimestampsSchema.shape,
});
export const enterpriseSchema = enterpriseBaseSchema;
export type Enterprise = z.infer<typeof enterpriseSchema>;

export const enterpriseFormSchema = enterpriseBaseSchema.omit(FORM_OMIT);
export type EnterpriseForm = z.infer<typeof enterpriseFormSchema>;
