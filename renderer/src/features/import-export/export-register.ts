import { csvBytes, type ExportCell } from '@shared/export/csv-write';
import {
  ENTERPRISE_COLUMNS,
  LETTER_REGISTER_COLUMNS,
  NOMINATION_COLUMNS,
  SENTRA_COLUMNS,
  shapeRows,
  type EnterpriseExportRow,
  type ExportColumn,
  type LetterRegisterExportRow,
  type NominationExportRow,
  type RegionNames,
} from '@shared/export/register-columns';
import type { Enterprise } from '@shared/domain/enterprise/enterprise';
import { saveBytes } from '../../platform/api';
import { writeXlsx } from '../../platform/spreadsheet';
import type { AppRepositories, EnterpriseFilter, NominationFilter, SentraFilter } from '../../db';

export type ExportKind = 'sentra' | 'ikm' | 'usulan' | 'register-surat';
export type ExportFormat = 'xlsx' | 'csv';

export const EXPORT_KIND_LABELS: Record<ExportKind, string> = {
  sentra: 'Sentra IKM',
  ikm: 'IKM',
  usulan: 'Usulan',
  'register-surat': 'Register nomor surat',
};

/** The filter a page passes (the same shapes as the grids' filters); nominations filter by round. */
export type ExportFilter = SentraFilter | EnterpriseFilter | NominationFilter | undefined;

/**
 * Region names for the rows of an export, looked up as chunks arrive and kept for later chunks (a
 * province has a few thousand codes at most); unknown codes stay blank (the code column is exact).
 */
function regionNameCache(): { namesFor(codes: readonly string[]): Promise<RegionNames> } {
  const cache = new Map<string, string>();
  let unreachable = false;
  const get = (code: string): string => cache.get(code) ?? '';
  const names: RegionNames = { kabKota: get, kecamatan: get, desa: get };
  return {
    async namesFor(codes) {
      const missing = new Set<string>();
      for (const code of codes) {
        const parts = code.split('.');
        for (let n = 2; n <= parts.length; n++) {
          const prefix = parts.slice(0, n).join('.');
          if (!cache.has(prefix)) missing.add(prefix);
        }
      }
      if (unreachable || missing.size === 0) return names;
      try {
        const { regionName } = await import('../../regions');
        for (const code of missing) cache.set(code, (await regionName(code)) ?? '');
      } catch {
        unreachable = true; // region asset not reachable: names stay blank
      }
      return names;
    },
  };
}

interface ShapedExport {
  rows: ExportCell[][];
  widths: number[];
}

/**
 * IKM or sentra matching the filter, walked in name order a chunk at a time: only one chunk of
 * entities is held while the cells grow, never the whole register plus its cells.
 */
async function registerRows<E extends { regionCode: string }>(
  columns: readonly ExportColumn<E>[],
  each: (onChunk: (chunk: readonly E[]) => Promise<void>) => Promise<number>,
): Promise<ShapedExport> {
  const regions = regionNameCache();
  const rows: ExportCell[][] = [columns.map((c) => c.header)];
  await each(async (chunk) => {
    const names = await regions.namesFor(chunk.map((e) => e.regionCode));
    for (const row of chunk) rows.push(columns.map((c) => c.value(row, names)));
  });
  return { rows, widths: columns.map((c) => c.width) };
}

/** Each IKM of a chunk with its first live product (by creation) and its sentra's name (Produk/Komoditi/Sentra columns). */
async function withProductAndSentra(
  repos: AppRepositories,
  chunk: readonly Enterprise[],
): Promise<EnterpriseExportRow[]> {
  const sentraIds = chunk.flatMap((e) => (e.sentraId ? [e.sentraId] : []));
  const [products, sentras] = await Promise.all([
    repos.enterprises.products.listForEnterprises(chunk.map((e) => e.id)),
    repos.sentras.getMany(sentraIds),
  ]);
  const firstProduct = new Map<string, (typeof products)[number]>();
  for (const p of products)
    if (p.deletedAt === undefined && !firstProduct.has(p.enterpriseId))
      firstProduct.set(p.enterpriseId, p);
  return chunk.map((e) => {
    const product = firstProduct.get(e.id);
    const sentra = e.sentraId ? sentras.get(e.sentraId)?.name : undefined;
    return {
      ...e,
      ...(product ? { productName: product.name, productCommodity: product.commodity } : {}),
      ...(sentra ? { sentraName: sentra } : {}),
    };
  });
}

async function nominationRows(
  repos: AppRepositories,
  filter: NominationFilter,
): Promise<NominationExportRow[]> {
  const nominations = await repos.nominations.listMatching(filter);
  // Deleted IKM, products and rounds still name the rows that point at them.
  const [enterprises, products, rounds] = await Promise.all([
    repos.enterprises.getMany(nominations.map((n) => n.enterpriseId)),
    repos.enterprises.products.getMany(nominations.map((n) => n.productId)),
    repos.rounds.getMany(nominations.map((n) => n.roundId)),
  ]);
  return nominations.map((n) => {
    const product = products.get(n.productId);
    return {
      nomination: n,
      enterpriseName: enterprises.get(n.enterpriseId)?.name ?? '',
      productName: product?.name ?? '',
      roundYear: rounds.get(n.roundId)?.year,
      ...(product ? { commodity: product.commodity } : {}),
    };
  });
}

/** How an export reads: rows per chunk of the IKM/sentra walk (tests make it small). */
export interface ExportReadOptions {
  readonly chunkSize?: number;
}

async function rowsFor(
  repos: AppRepositories,
  kind: ExportKind,
  filter: ExportFilter,
  { chunkSize }: ExportReadOptions,
): Promise<ShapedExport> {
  const build = <R>(columns: readonly ExportColumn<R>[], rows: readonly R[]): ShapedExport => ({
    rows: shapeRows(columns, rows),
    widths: columns.map((c) => c.width),
  });
  if (kind === 'ikm') {
    return registerRows(ENTERPRISE_COLUMNS, (onChunk) =>
      repos.enterprises.eachMatching(
        (filter ?? {}) as EnterpriseFilter,
        async (chunk) => onChunk(await withProductAndSentra(repos, chunk)),
        chunkSize,
      ),
    );
  }
  if (kind === 'sentra')
    return registerRows(SENTRA_COLUMNS, (onChunk) =>
      repos.sentras.eachMatching((filter ?? {}) as SentraFilter, onChunk, chunkSize),
    );
  if (kind === 'usulan')
    return build(
      NOMINATION_COLUMNS,
      await nominationRows(repos, (filter ?? {}) as NominationFilter),
    );
  const rows: LetterRegisterExportRow[] = await repos.letters.register();
  return build(LETTER_REGISTER_COLUMNS, rows);
}

/** The bytes of an export (for tests and for callers that save elsewhere). */
export async function exportRegisterBytes(
  repos: AppRepositories,
  kind: ExportKind,
  filter: ExportFilter,
  format: ExportFormat,
  options: ExportReadOptions = {},
): Promise<Uint8Array> {
  const { rows, widths } = await rowsFor(repos, kind, filter, options);
  if (format === 'csv') return csvBytes(rows);
  return writeXlsx([{ name: EXPORT_KIND_LABELS[kind], rows, widths }]);
}

/**
 * Exports a register list with the caller's current filter and offers it as a file (save dialog on
 * desktop, download on the web). Pages call this from their "Ekspor" buttons.
 */
export async function exportRegister(
  repos: AppRepositories,
  kind: ExportKind,
  filter: ExportFilter,
  format: ExportFormat,
): Promise<void> {
  const bytes = await exportRegisterBytes(repos, kind, filter, format);
  const day = repos.ctx.now().toISOString().slice(0, 10);
  await saveBytes(`${kind}-${day}.${format}`, bytes, [
    { name: format === 'csv' ? 'CSV' : 'Excel', extensions: [format] },
  ]);
}
