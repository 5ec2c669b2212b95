import { z } from 'zod';
import { attachmentMetaSchema } from '../domain/attachment/attachment.schema';
import { awardRecordSchema } from '../domain/award/award.schema';
import { kabKotaOf } from '../domain/common/region';
import { credentialSchema } from '../domain/credential/credential.schema';
import { enterpriseSchema } from '../domain/enterprise/enterprise.schema';
import { nominationSchema } from '../domain/nomination/nomination.schema';
import { productSchema } from '../domain/product/product.schema';
import { roundSchema } from '../domain/round/round.schema';
import { sentraDecreeSchema, sentraSchema } from '../domain/sentra/sentra.schema';

/** The register tables that the shared register keeps, in the order a new PC should apply them. */
const SYNC_KINDS = [
  'rounds',
  'decrees',
  'sentras',
  'enterprises',
  'products',
  'credentials',
  'awards',
  'nominations',
  'letters',
  'attachments',
] as const;
export type SyncKind = (typeof SYNC_KINDS)[number];
export const syncKindSchema = z.enum(SYNC_KINDS, { error: 'Jenis data tidak dikenal' });

export const SYNC_KIND_LABELS: Record<SyncKind, string> = {
  rounds: 'Periode OVOP',
  decrees: 'SK sentra',
  sentras: 'Sentra IKM',
  enterprises: 'IKM',
  products: 'Produk',
  credentials: 'Legalitas',
  awards: 'Penghargaan',
  nominations: 'Usulan',
  letters: 'Surat',
  attachments: 'Berkas',
};

/** Letters are kept whole by the letter module; the shared register checks the envelope only. */
const letterRecordSchema = z.looseObject({
  id: z.string().min(1).max(100),
  roundId: z.string().max(100).optional(),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
});

/** Each kind's stored record is checked by the same schema the forms and the bundle use. */
export const SYNC_RECORD_SCHEMAS: Record<SyncKind, z.ZodType<Record<string, unknown>>> = {
  rounds: roundSchema,
  decrees: sentraDecreeSchema,
  sentras: sentraSchema,
  enterprises: enterpriseSchema,
  products: productSchema,
  credentials: credentialSchema,
  awards: awardRecordSchema,
  nominations: nominationSchema,
  letters: letterRecordSchema,
  attachments: attachmentMetaSchema,
} as Record<SyncKind, z.ZodType<Record<string, unknown>>>;

/**
 * Where a record sits, which decides who may see and change it:
 * - `global`: the programme's own data (rounds) — every account reads it, province staff write it;
 * - `region`: a region code field of the record gives its kab/kota;
 * - `parent`: the kab/kota of the record another field points at (a product is its IKM's);
 * - `author`: the kab/kota of the account that created it (letters are the sending office's).
 */
export type SyncScope =
  | { type: 'global' }
  | { type: 'region'; field: string }
  | { type: 'parent'; kind: SyncKind; field: string }
  | { type: 'owner' }
  | { type: 'author' };

export const SYNC_SCOPES: Record<SyncKind, SyncScope> = {
  rounds: { type: 'global' },
  decrees: { type: 'region', field: 'issuingRegionCode' },
  sentras: { type: 'region', field: 'regionCode' },
  enterprises: { type: 'region', field: 'regionCode' },
  products: { type: 'parent', kind: 'enterprises', field: 'enterpriseId' },
  credentials: { type: 'parent', kind: 'enterprises', field: 'enterpriseId' },
  awards: { type: 'parent', kind: 'enterprises', field: 'enterpriseId' },
  nominations: { type: 'parent', kind: 'enterprises', field: 'enterpriseId' },
  letters: { type: 'author' },
  attachments: { type: 'owner' },
};

/** Attachment owners are typed links; this maps an owner type to the kind holding it. */
export const OWNER_TYPE_KINDS: Record<string, SyncKind> = {
  sentra: 'sentras',
  decree: 'decrees',
  enterprise: 'enterprises',
  product: 'products',
  credential: 'credentials',
  nomination: 'nominations',
  letter: 'letters',
};

/** The kab/kota code (`PP.KK`) of a region field, when the record carries one. */
export function kabKotaOfField(data: Record<string, unknown>, field: string): string | undefined {
  const value = data[field];
  return typeof value === 'string' ? kabKotaOf(value) : undefined;
}

/** Fields that hold the id of another synced record: remapped when that record turns out to be a known one. */
export const REFERENCE_FIELDS: Partial<Record<SyncKind, Record<string, SyncKind>>> = {
  sentras: { decreeId: 'decrees', leadEnterpriseId: 'enterprises' },
  enterprises: { sentraId: 'sentras' },
  products: { enterpriseId: 'enterprises' },
  credentials: { enterpriseId: 'enterprises', productId: 'products' },
  awards: { enterpriseId: 'enterprises' },
  nominations: { roundId: 'rounds', enterpriseId: 'enterprises', productId: 'products' },
  letters: { roundId: 'rounds' },
};
