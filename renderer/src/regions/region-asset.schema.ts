import { z } from 'zod';

/** Must match REGION_ASSET_FORMAT in renderer/tools/build-regions.mjs. */
const REGION_ASSET_FORMAT = 1;

const pair = z.tuple([z.string(), z.string()]);

export const regionIndexSchema = z.object({
  format: z.literal(REGION_ASSET_FORMAT, {
    error: 'Format aset wilayah tidak dikenal; bangun ulang aplikasi.',
  }),
  source: z.object({
    package: z.string(),
    version: z.string(),
    decree: z.string(),
    licence: z.string(),
    attribution: z.string(),
  }),
  counts: z.object({
    provinsi: z.number(),
    kabKota: z.number(),
    kecamatan: z.number(),
    desa: z.number(),
  }),
  provinces: z.array(pair),
  kabKota: z.array(pair),
});
export type RegionIndexFile = z.infer<typeof regionIndexSchema>;

const kecamatanSchema = z.tuple([z.string(), z.string(), z.array(pair)]);

export const regionProvinceSchema = z.object({
  format: z.literal(REGION_ASSET_FORMAT, {
    error: 'Format aset wilayah tidak dikenal; bangun ulang aplikasi.',
  }),
  province: z.string(),
  kabKota: z.array(z.tuple([z.string(), z.array(kecamatanSchema)])),
});
