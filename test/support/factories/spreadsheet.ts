import ExcelJS from 'exceljs';
import type { ImportCell } from '@shared/import/cell';
import type { ImportTable } from '@shared/import/pipeline';
import type { RegionLookup } from '@shared/import/region-resolver';
import { createRegionCatalog } from '../../../renderer/src/regions/region-catalog';
import { regionLookupOf } from '../../../renderer/src/features/import-export/region-lookup';
import { nodeRegionSource } from './regions';

/** The real Kemendagri list (idn-area-data) as the pipeline's region lookup. */
let lookup: RegionLookup | undefined;
export function testRegionLookup(): RegionLookup {
  lookup ??= regionLookupOf(createRegionCatalog(nodeRegionSource()));
  return lookup;
}

export const IKM_HEADERS = [
  'Nama Usaha',
  'Nama Pemilik',
  'No. NIB',
  'Alamat',
  'Kab/Kota',
  'Kecamatan',
  'Desa/Kelurahan',
  'Telepon/HP',
  'Tenaga Kerja',
  'Investasi',
  'Penghela',
] as const;

/** One valid IKM row for IKM_HEADERS (Kabupaten Banjar, Astambul, Pingaran Ilir). */
export function ikmRow(
  overrides: Partial<Record<(typeof IKM_HEADERS)[number], ImportCell>> = {},
  n = 1,
): ImportCell[] {
  const base: Record<(typeof IKM_HEADERS)[number], ImportCell> = {
    'Nama Usaha': `UD Berkah ${n}`,
    'Nama Pemilik': `Siti Aminah ${n}`,
    'No. NIB': String(9120000000000 + n),
    Alamat: `Jl. Pasar Lama No. ${n}`,
    'Kab/Kota': 'Kabupaten Banjar',
    Kecamatan: 'Astambul',
    'Desa/Kelurahan': 'Pingaran Ilir',
    'Telepon/HP': '0812-3456-7890',
    'Tenaga Kerja': '8',
    Investasi: '150000000',
    Penghela: 'tidak',
  };
  const row = { ...base, ...overrides };
  return IKM_HEADERS.map((h) => row[h]);
}

export function ikmTable(rows: readonly ImportCell[][], sheet = 'Data IKM'): ImportTable {
  return { sheet, rows: [[...IKM_HEADERS], ...rows] };
}

export const SENTRA_HEADERS = [
  'Nama Sentra',
  'Komoditi',
  'Kabupaten',
  'Kecamatan',
  'Desa',
  'Jumlah Unit Usaha',
  'Tenaga Kerja',
] as const;

export function sentraRow(
  n = 1,
  overrides: Partial<Record<(typeof SENTRA_HEADERS)[number], ImportCell>> = {},
): ImportCell[] {
  const base: Record<(typeof SENTRA_HEADERS)[number], ImportCell> = {
    'Nama Sentra': `Sentra Kerupuk ${n}`,
    Komoditi: 'makanan dan minuman',
    Kabupaten: 'Kab. Banjar',
    Kecamatan: 'Astambul',
    Desa: '',
    'Jumlah Unit Usaha': 12,
    'Tenaga Kerja': 40,
  };
  const row = { ...base, ...overrides };
  return SENTRA_HEADERS.map((h) => row[h]);
}

/** An XLSX file (bytes) with one sheet holding these rows, written by exceljs. */
export async function xlsxBytes(
  rows: readonly (readonly ImportCell[])[],
  sheet = 'Data',
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const row of rows) ws.addRow(row.map((c) => (c === null ? undefined : c)));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Seeded PRNG (mulberry32), the same one the sample-register generator uses. */
export { seededRandom } from '@shared/random/seeded-random';
