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
import type { Nomination } from '@shared/domain/nomination/nomination';
import type { Sentra } from '@shared/domain/sentra/sentra';
import { saveBytes } from '../../platform/api';
import { writeXlsx } from '../../platform/spreadsheet';
import { appRepositories, createBlobStore, letterRepository } from '../../db';
import type { EnterpriseFilter, RepositoryContext, SentraFilter } from '../../db';

export type ExportKind = 'sentra' | 'ikm' | 'usulan' | 'register-surat';
export type ExportFormat = 'xlsx' | 'csv';

export const EXPORT_KIND_LABELS: Record<ExportKind, string> = {
  sentra: 'Sentra IKM',
  ikm: 'IKM',
  usulan: 'Usulan',
  'register-surat': 'Register nomor surat',
};

/** The filter a page passes (the same shapes as the grids' filters); nominations filter by round. */
export type ExportFilter = SentraFilter | EnterpriseFilter | { readonly roundId?: string } | undefined;

const META = new Set(['schemaVersion', 'revision', 'live', 'nameKey', 'words', 'kabKotaCode', 'enterpriseCount', 'commodity', 'sizeClass']);
function strip<T>(record: object, keep: readonly string[] = []): T {
  return Object.fromEntries(Object.entries(record).filter(([k]) => !META.has(k) || keep.includes(k))) as T;
}

interface Filterable {
  readonly deletedAt?: string | undefined;
  readonly nameKey?: string;
  readonly words?: readonly string[];
  readonly [key: string]: unknown;
}

/** The same meaning as the grid filters: equal fields, "every word starts a word", live rows unless scope says otherwise. */
function matches(record: Filterable, filter: Readonly<Record<string, unknown>>): boolean {
  const scope = filter.scope ?? 'live';
  if (scope === 'live' && record.deletedAt !== undefined) return false;
  if (scope === 'deleted' && record.deletedAt === undefined) return false;
  for (const [key, value] of Object.entries(filter)) {
    if (key === 'scope' || key === 'text' || value === undefined || value === '') continue;
    if (record[key] !== value) return false;
  }
  const text = typeof filter.text === 'string' ? filter.text.trim().toLowerCase() : '';
  if (text !== '') {
    const words = record.words ?? [];
    const nib = typeof record.nib === 'string' ? record.nib : '';
    return text.split(/\s+/).every((t) => words.some((w) => w.startsWith(t)) || (/^\d+$/.test(t) && nib.startsWith(t)));
  }
  return true;
}

/** Names of every region the rows point at (and their parents); unknown codes stay blank (the code column is exact). */
async function namesFor(codes: readonly string[]): Promise<RegionNames> {
  const all = new Set<string>();
  for (const code of codes) {
    const parts = code.split('.');
    for (let n = 2; n <= parts.length; n++) all.add(parts.slice(0, n).join('.'));
  }
  const cache = new Map<string, string>();
  try {
    const { regionName } = await import('../../regions');
    for (const code of all) cache.set(code, (await regionName(code)) ?? '');
  } catch {
    // region asset not reachable: names stay blank
  }
  const get = (code: string): string => cache.get(code) ?? '';
  return { kabKota: get, kecamatan: get, desa: get };
}

/** Each IKM's first live product (by creation) and its sentra's name, for the Produk/Komoditi/Sentra columns. */
async function withProductAndSentra(ctx: RepositoryContext, enterprises: readonly Enterprise[]): Promise<EnterpriseExportRow[]> {
  const [products, sentras] = await Promise.all([ctx.db.products.toArray(), ctx.db.sentras.toArray()]);
  const firstProduct = new Map<string, { name: string; commodity: EnterpriseExportRow['productCommodity']; createdAt: string }>();
  for (const p of products) {
    if (p.deletedAt !== undefined) continue;
    const known = firstProduct.get(p.enterpriseId);
    if (!known || p.createdAt < known.createdAt) firstProduct.set(p.enterpriseId, p);
  }
  const sentraName = new Map(sentras.map((s) => [s.id, s.name]));
  return enterprises.map((e) => {
    const product = firstProduct.get(e.id);
    const sentra = e.sentraId ? sentraName.get(e.sentraId) : undefined;
    return {
      ...e,
      ...(product ? { productName: product.name, ...(product.commodity ? { productCommodity: product.commodity } : {}) } : {}),
      ...(sentra ? { sentraName: sentra } : {}),
    };
  });
}

async function rowsFor(ctx: RepositoryContext, kind: ExportKind, filter: ExportFilter): Promise<{ rows: ExportCell[][]; widths: number[] }> {
  const f = (filter ?? {}) as Readonly<Record<string, unknown>>;
  const build = <R>(columns: readonly ExportColumn<R>[], rows: readonly R[], names?: RegionNames) => ({ rows: shapeRows(columns, rows, names), widths: columns.map((c) => c.width) });
  if (kind === 'ikm') {
    const records = (await ctx.db.enterprises.toArray()).filter((r) => matches(r as unknown as Filterable, f));
    records.sort((a, b) => a.nameKey.localeCompare(b.nameKey));
    const rows = await withProductAndSentra(ctx, records.map((r) => strip<Enterprise>(r)));
    return build(ENTERPRISE_COLUMNS, rows, await namesFor(records.map((r) => r.regionCode)));
  }
  if (kind === 'sentra') {
    const records = (await ctx.db.sentras.toArray()).filter((r) => matches(r as unknown as Filterable, f));
    records.sort((a, b) => a.nameKey.localeCompare(b.nameKey));
    return build(SENTRA_COLUMNS, records.map((r) => strip<Sentra>(r)), await namesFor(records.map((r) => r.regionCode)));
  }
  if (kind === 'usulan') {
    const [nominations, enterprises, products, rounds] = await Promise.all([
      ctx.db.nominations.toArray(),
      ctx.db.enterprises.toArray(),
      ctx.db.products.toArray(),
      ctx.db.rounds.toArray(),
    ]);
    const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));
    const e = byId(enterprises);
    const p = byId(products);
    const r = byId(rounds);
    const rows: NominationExportRow[] = nominations
      .filter((n) => matches(n as unknown as Filterable, f))
      .map((n) => {
        const product = p.get(n.productId);
        return {
          nomination: strip<Nomination>(n),
          enterpriseName: e.get(n.enterpriseId)?.name ?? '',
          productName: product?.name ?? '',
          roundYear: r.get(n.roundId)?.year,
          ...(product ? { commodity: product.commodity } : {}),
        };
      });
    return build(NOMINATION_COLUMNS, rows);
  }
  const rows: LetterRegisterExportRow[] = await letterRepository(ctx, createBlobStore(ctx.db)).register();
  return build(LETTER_REGISTER_COLUMNS, rows);
}

/** The bytes of an export (for tests and for callers that save elsewhere). */
export async function exportRegisterBytes(ctx: RepositoryContext, kind: ExportKind, filter: ExportFilter, format: ExportFormat): Promise<Uint8Array> {
  const { rows, widths } = await rowsFor(ctx, kind, filter);
  if (format === 'csv') return csvBytes(rows);
  return writeXlsx([{ name: EXPORT_KIND_LABELS[kind], rows, widths }]);
}

/**
 * Exports a register list with the caller's current filter and offers it as a file (save dialog on
 * desktop, download on the web). Pages call this from their "Ekspor" buttons.
 */
export async function exportRegister(kind: ExportKind, filter: ExportFilter, format: ExportFormat, ctx: RepositoryContext = appRepositories().ctx): Promise<void> {
  const bytes = await exportRegisterBytes(ctx, kind, filter, format);
  const day = ctx.now().toISOString().slice(0, 10);
  await saveBytes(`${kind}-${day}.${format}`, bytes, [{ name: format === 'csv' ? 'CSV' : 'Excel', extensions: [format] }]);
}
