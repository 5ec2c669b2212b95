import { z } from 'zod';
import { commoditySchema } from '../common/commodity';
import { enterpriseIdSchema, productIdSchema } from '../common/ids';
import { rupiahSchema } from '../common/money';
import { FORM_OMIT, recordTimestampsSchema } from '../common/record';
import { optionalText, requiredText, wholeNumber } from '../common/text';

export const CAPACITY_PERIODS = ['hari', 'minggu', 'bulan', 'tahun'] as const;
export type CapacityPeriod = (typeof CAPACITY_PERIODS)[number];
export const CAPACITY_PERIOD_LABELS: Record<CapacityPeriod, string> = {
  hari: 'per hari',
  minggu: 'per minggu',
  bulan: 'per bulan',
  tahun: 'per tahun',
};

const capacitySchema = z.object({
  value: z
    .number({
      error: (iss) =>
        iss.input === undefined ? 'Kapasitas wajib diisi' : 'Kapasitas harus berupa angka',
    })
    .min(0, 'Kapasitas tidak boleh negatif'),
  unit: requiredText('Satuan kapasitas', 50),
  period: z.enum(CAPACITY_PERIODS, { error: 'Pilih periode kapasitas' }),
});

const marketSchema = z.object({
  local: z.boolean(),
  regional: z.boolean(),
  national: z.boolean(),
  export: z.boolean(),
  exportDestinations: z
    .array(requiredText('Negara tujuan ekspor', 100))
    .max(50, 'Paling banyak 50 negara tujuan'),
});

/** Produk unggulan of one IKM. */
export const productBaseSchema = z.object({
  id: productIdSchema,
  enterpriseId: enterpriseIdSchema,
  name: requiredText('Nama produk'),
  commodity: commoditySchema,
  /** Keunikan: motif, design, technique, skill, raw material rooted in local wisdom. */
  uniquenessStory: optionalText('Keunikan produk', 5000),
  rawMaterials: optionalText('Bahan baku', 1000),
  /** Share of local raw material, 0–100; undefined = not filled in yet. */
  localRawMaterialSharePercent: wholeNumber('Persentase bahan baku lokal', 0, 100).optional(),
  capacity: capacitySchema,
  /** Months per year the product is made (12 = continuous); undefined = not filled in yet. */
  monthsProducedPerYear: wholeNumber('Bulan produksi per tahun', 1, 12).optional(),
  market: marketSchema,
  priceMin: rupiahSchema('Harga terendah'),
  priceMax: rupiahSchema('Harga tertinggi'),
  ...recordTimestampsSchema.shape,
});

type ProductShape = Pick<z.infer<typeof productBaseSchema>, 'priceMin' | 'priceMax' | 'market'>;

function productChecks(p: ProductShape, ctx: z.RefinementCtx): void {
  if (p.priceMax < p.priceMin) {
    ctx.addIssue({
      code: 'custom',
      path: ['priceMax'],
      message: 'Harga tertinggi tidak boleh lebih kecil dari harga terendah',
    });
  }
  if (p.market.export && p.market.exportDestinations.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['market', 'exportDestinations'],
      message: 'Isi negara tujuan ekspor',
    });
  }
}

export const productSchema = productBaseSchema.superRefine(productChecks);
export type Product = z.infer<typeof productSchema>;

export const productFormSchema = productBaseSchema.omit(FORM_OMIT).superRefine(productChecks);
export type ProductForm = z.infer<typeof productFormSchema>;
