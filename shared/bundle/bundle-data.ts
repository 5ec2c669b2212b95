/**
 * The records an exchange bundle carries. Rows are kept as plain JSON objects here; the importer
 * parses each with its domain schema before anything is written.
 */
export const BUNDLE_TABLES = [
  'sentras',
  'decrees',
  'enterprises',
  'products',
  'credentials',
  'awards',
  'rounds',
  'nominations',
  'letters',
  'attachments',
] as const;
export type BundleTable = (typeof BUNDLE_TABLES)[number];

export type BundleRow = Readonly<Record<string, unknown>> & { readonly id: string };
export type BundleData = Readonly<Record<BundleTable, readonly BundleRow[]>>;

export const BUNDLE_TABLE_LABELS: Record<BundleTable, string> = {
  sentras: 'Sentra IKM',
  decrees: 'SK sentra',
  enterprises: 'IKM',
  products: 'Produk',
  credentials: 'Legalitas',
  awards: 'Penghargaan',
  rounds: 'Periode',
  nominations: 'Usulan',
  letters: 'Surat',
  attachments: 'Lampiran',
};

export function emptyBundleData(): Record<BundleTable, BundleRow[]> {
  return Object.fromEntries(BUNDLE_TABLES.map((t) => [t, []])) as unknown as Record<
    BundleTable,
    BundleRow[]
  >;
}
