import { z } from 'zod';

export const COMMODITIES = [
  'makanan-minuman',
  'kain-tenun',
  'kain-batik',
  'anyaman',
  'gerabah',
  'lainnya',
] as const;
export type Commodity = (typeof COMMODITIES)[number];

/** The five OVOP commodities (everything except 'lainnya'). */
export const OVOP_COMMODITIES = [
  'makanan-minuman',
  'kain-tenun',
  'kain-batik',
  'anyaman',
  'gerabah',
] as const satisfies readonly Commodity[];
export type OvopCommodity = (typeof OVOP_COMMODITIES)[number];

export const COMMODITY_LABELS: Record<Commodity, string> = {
  'makanan-minuman': 'makanan dan minuman',
  'kain-tenun': 'kain tenun',
  'kain-batik': 'kain batik',
  anyaman: 'anyaman',
  gerabah: 'gerabah',
  lainnya: 'lainnya',
};

export function isOvopCommodity(c: Commodity): c is OvopCommodity {
  return (OVOP_COMMODITIES as readonly Commodity[]).includes(c);
}

export const commoditySchema = z.enum(COMMODITIES, { error: 'Pilih komoditas' });
