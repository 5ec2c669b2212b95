import type { Commodity } from '@shared/domain/common/commodity';
import type { Enterprise } from '@shared/domain/enterprise/enterprise.schema';
import type { Sentra } from '@shared/domain/sentra/sentra.schema';
import { checkBundle, parseJsonBytes, type BundleCheckResult } from '@shared/bundle/bundle-check';
import { BUNDLE_TABLES, type BundleData, type BundleRow, type BundleTable } from '@shared/bundle/bundle-data';
import { BUNDLE_DATA_PATH } from '@shared/bundle/bundle-manifest.schema';
import { parseBundleData, referencedHashes } from '@shared/bundle/bundle-rows';
import { DEFAULT_ZIP_LIMITS } from '@shared/bundle/zip-limits';
import { mergePlan, type MergePlan } from '@shared/bundle/merge-plan';
import { mergePreview, type MergeChoice, type MergePreview } from '@shared/bundle/merge-preview';
import { problem, type ZipProblem } from '@shared/bundle/zip-problem';
import { createBlobStore } from '../../db/blob-store';
import type { RepositoryContext } from '../../db/context';
import { runImport } from '../../db/import-journal';
import type { ImportJournalRecord } from '../../db/records';
import { enterpriseDerived, freshMeta, sentraDerived } from '../../db/record-mappers';
import { readBundleData } from './bundle-export';

/**
 * Adapter (exchange bundle import → db layer). Order: safety and manifest checks on the bytes
 * (nothing written), row validation with the domain schemas, preview against our register, then
 * blobs (content-addressed, harmless if the merge is abandoned) and ONE transaction with a journal
 * row through the db layer's runImport.
 */
export type OpenedBundle =
  | { ok: true; check: BundleCheckResult; data: BundleData; blobs: ReadonlyMap<string, Uint8Array> }
  | { ok: false; check: BundleCheckResult | null; problems: ZipProblem[] };

export function openBundle(bytes: Uint8Array): OpenedBundle {
  const check = checkBundle(bytes, DEFAULT_ZIP_LIMITS, true);
  if (!check.accepted) return { ok: false, check, problems: check.problems };
  const raw = check.files.get(BUNDLE_DATA_PATH)?.data;
  const json = raw ? parseJsonBytes(raw) : { ok: false as const };
  if (!json.ok) return { ok: false, check, problems: [problem('data-invalid', 'Data register di dalam bundel tidak dapat dibaca.', BUNDLE_DATA_PATH)] };
  const parsed = parseBundleData(json.value);
  if (!parsed.ok) return { ok: false, check, problems: parsed.problems };
  const blobs = new Map<string, Uint8Array>();
  for (const [path, file] of check.files) {
    if (path.startsWith('blobs/') && file.data && file.sha256 === path.slice('blobs/'.length)) blobs.set(file.sha256, file.data);
  }
  return { ok: true, check, data: parsed.data, blobs };
}

export async function previewBundle(ctx: RepositoryContext, opened: Extract<OpenedBundle, { ok: true }>): Promise<MergePreview> {
  return mergePreview(await readBundleData(ctx), opened.data);
}

type Row = { table: BundleTable; row: BundleRow };

async function putRecord(ctx: RepositoryContext, { table, row }: Row): Promise<void> {
  const previous = (await ctx.db.table(table).get(row.id)) as { revision?: number } | undefined;
  const meta = { ...freshMeta(row.deletedAt as string | undefined), revision: (previous?.revision ?? 0) + 1 };
  switch (table) {
    case 'letters':
      await ctx.db.letters.put(row as never);
      return;
    case 'sentras':
      await ctx.db.sentras.put({ ...(row as unknown as Sentra), ...sentraDerived(row as unknown as Sentra, 0), ...meta });
      return;
    case 'enterprises':
      await ctx.db.enterprises.put({ ...(row as unknown as Enterprise), ...enterpriseDerived(row as unknown as Enterprise, undefined), ...meta });
      return;
    case 'attachments': {
      const owner = row.owner as { type: string; id: string };
      await ctx.db.attachments.put({ ...(row as never as object), ownerKey: `${owner.type}:${owner.id}`, ...meta } as never);
      return;
    }
    default:
      await ctx.db.table(table).put({ ...row, ...meta });
  }
}

/** Denormalised fields (IKM commodity, sentra IKM count) recomputed for what the merge touched. */
async function refreshDerived(ctx: RepositoryContext, rows: readonly Row[]): Promise<void> {
  const enterpriseIds = new Set<string>();
  const sentraIds = new Set<string>();
  for (const { table, row } of rows) {
    if (table === 'enterprises') enterpriseIds.add(row.id);
    if (table === 'products' && typeof row.enterpriseId === 'string') enterpriseIds.add(row.enterpriseId);
    if (table === 'sentras') sentraIds.add(row.id);
  }
  for (const id of enterpriseIds) {
    const record = await ctx.db.enterprises.get(id);
    if (!record) continue;
    if (record.sentraId) sentraIds.add(record.sentraId);
    const products = await ctx.db.products.where('enterpriseId').equals(id).sortBy('createdAt');
    const commodity: Commodity | undefined = products.find((p) => p.deletedAt === undefined)?.commodity;
    const { commodity: _old, ...rest } = record;
    await ctx.db.enterprises.put({ ...rest, ...(commodity ? { commodity } : {}) });
  }
  for (const id of sentraIds) {
    const sentra = await ctx.db.sentras.get(id);
    if (!sentra) continue;
    const count = (await ctx.db.enterprises.where('sentraId').equals(id).toArray()).filter((e) => e.deletedAt === undefined).length;
    await ctx.db.sentras.put({ ...sentra, enterpriseCount: count });
  }
}

export interface ApplyResult {
  journal: ImportJournalRecord;
  counts: MergePlan['counts'];
}

export async function applyBundle(
  ctx: RepositoryContext,
  opened: Extract<OpenedBundle, { ok: true }>,
  preview: MergePreview,
  choices: ReadonlyMap<string, MergeChoice>,
): Promise<ApplyResult> {
  const planned = mergePlan(preview, choices, ctx.newId);
  if (!planned.ok) throw new Error(`Masih ada ${planned.unresolved.length} bentrok yang belum dipilih.`);
  const { writes, counts } = planned.plan;
  // Bytes first: IndexedDB transactions must not await IPC, and blobs are content-addressed.
  const store = createBlobStore(ctx.db);
  for (const hash of referencedHashes(writes)) {
    const bytes = opened.blobs.get(hash);
    if (bytes && !(await store.has(hash))) await store.put(bytes);
  }
  const rows: Row[] = BUNDLE_TABLES.flatMap((table) => writes[table].map((row) => ({ table, row })));
  const journal = await runImport(ctx, 'bundel-ovop', rows, async (row, index) => {
    await putRecord(ctx, row);
    if (index === rows.length - 1) await refreshDerived(ctx, rows);
  });
  return { journal, counts };
}
