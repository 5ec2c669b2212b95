import type { ImportCell } from '@shared/import/cell';
import type { ImportTable } from '@shared/import/pipeline';
import type { SentraRef } from '@shared/import/sentra-match';
import { IKM_HEADERS, ikmRow } from './spreadsheet';

/** The IKM columns that become a product, a legalitas and a sentra link. */
const EXTRA_HEADERS = [
  'Produk',
  'Komoditi',
  'Legalitas',
  'No. Legalitas',
  'Tanggal Terbit',
  'Masa Berlaku',
  'Sentra',
] as const;
export type ExtraHeader = (typeof EXTRA_HEADERS)[number];

/** A valid IKM row (see ikmRow) plus the extra columns, blank unless given. */
export function ikmExtrasRow(
  extras: Partial<Record<ExtraHeader, ImportCell>>,
  n = 1,
  base: Parameters<typeof ikmRow>[0] = {},
): ImportCell[] {
  return [...ikmRow(base, n), ...EXTRA_HEADERS.map((h) => extras[h] ?? '')];
}

export function ikmExtrasTable(rows: readonly ImportCell[][]): ImportTable {
  return { sheet: 'Data IKM', rows: [[...IKM_HEADERS, ...EXTRA_HEADERS], ...rows] };
}

/** Sentra of the register as the import sees them (Kabupaten Banjar = 63.03, Astambul = 63.03.07). */
export function sentraRef(id: string, name: string, regionCode = '63.03.07'): SentraRef {
  return { id, name, regionCode };
}
