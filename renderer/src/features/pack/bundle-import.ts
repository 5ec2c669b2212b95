import { checkBundle, parseJsonBytes, type BundleCheckResult } from '@shared/bundle/bundle-check';
import { BUNDLE_TABLES, type BundleData } from '@shared/bundle/bundle-data';
import { BUNDLE_DATA_PATH } from '@shared/bundle/bundle-manifest.schema';
import { parseBundleData, referencedHashes } from '@shared/bundle/bundle-rows';
import { DEFAULT_ZIP_LIMITS } from '@shared/bundle/zip-limits';
import { mergePlan, type MergePlan } from '@shared/bundle/merge-plan';
import { mergePreview, type MergeChoice, type MergePreview } from '@shared/bundle/merge-preview';
import { problem, type ZipProblem } from '@shared/bundle/zip-problem';
import { blobStoreOf } from '../../db/blob-store';
import { readBundleData, writeBundleRows, type BundleWrite } from '../../db/bundle-tables';
import type { RepositoryContext } from '../../db/context';
import type { ImportJournalRecord } from '../../db/records';

/**
 * Adapter (exchange bundle import → db layer). Order: safety and manifest checks on the bytes
 * (nothing written), row validation with the domain schemas, preview against our register, then
 * blobs (content-addressed, harmless if the merge is abandoned) and ONE transaction with a journal
 * row through the db layer's writeBundleRows.
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
  const store = blobStoreOf(ctx);
  for (const hash of referencedHashes(writes)) {
    const bytes = opened.blobs.get(hash);
    if (bytes && !(await store.has(hash))) await store.put(bytes);
  }
  const rows: BundleWrite[] = BUNDLE_TABLES.flatMap((table) => writes[table].map((row) => ({ table, row })));
  const journal = await writeBundleRows(ctx, rows);
  return { journal, counts };
}
