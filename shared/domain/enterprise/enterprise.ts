export * from './enterprise.schema';

/**
 * Size class per Permenperin 64/2016 (investment excludes land and buildings):
 * - industri kecil: at most 19 workers AND investment below Rp1.000.000.000;
 * - industri menengah: at most 19 workers with investment from Rp1 M, or
 *   at least 20 workers with investment up to Rp15.000.000.000;
 * - otherwise (at least 20 workers and investment above Rp15 M): industri besar, outside IKM.
 */
export type SizeClass = 'kecil' | 'menengah' | 'di-luar-ikm';

export const SIZE_CLASS_LABELS: Record<SizeClass, string> = {
  kecil: 'Industri kecil',
  menengah: 'Industri menengah',
  'di-luar-ikm': 'Di luar IKM (industri besar)',
};

const SMALL_MAX_WORKERS = 19;
const SMALL_INVESTMENT_LIMIT = 1_000_000_000;
const MEDIUM_INVESTMENT_LIMIT = 15_000_000_000;

export function sizeClass(workers: number, investmentRupiah: number): SizeClass {
  if (workers <= SMALL_MAX_WORKERS) {
    return investmentRupiah < SMALL_INVESTMENT_LIMIT ? 'kecil' : 'menengah';
  }
  return investmentRupiah <= MEDIUM_INVESTMENT_LIMIT ? 'menengah' : 'di-luar-ikm';
}
