import { BUNDLE_TABLES } from '@shared/bundle/bundle-data';
import { openBundleBytes, type OpenedBundle } from '@shared/bundle/bundle-open';
import { referencedHashes } from '@shared/bundle/bundle-rows';
import { receivedBundleOf } from '@shared/bundle/received-bundle';
import { DEFAULT_ZIP_LIMITS } from '@shared/bundle/zip-limits';
import { mergePlan, type MergePlan } from '@shared/bundle/merge-plan';
import { mergePreview, type MergeChoice, type MergePreview } from '@shared/bundle/merge-preview';
import {
  blobStoreOf,
  readBundleData,
  writeBundleRows,
  type BundleWrite,
  type RepositoryContext,
  type ImportJournalRecord,
} from '../../db';

/**
 * Adapter (exchange bundle import → db layer). Order: safety and manifest checks on the bytes
 * (nothing written), row validation with the domain schemas, preview against our register, then
 * blobs (content-addressed, harmless if the merge is abandoned) and ONE transaction with a journal
 * row through the db layer's writeBundleRows.
 */
export type { OpenedBundle };

export function openBundle(bytes: Uint8Array): OpenedBundle {
  return openBundleBytes(bytes, DEFAULT_ZIP_LIMITS);
}

export async function previewBundle(
  ctx: RepositoryContext,
  opened: Extract<OpenedBundle, { ok: true }>,
): Promise<MergePreview> {
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
  if (!planned.ok)
    throw new Error(`Masih ada ${planned.unresolved.length} bentrok yang belum dipilih.`);
  const { writes, counts } = planned.plan;
  // Bytes first: IndexedDB transactions must not await IPC, and blobs are content-addressed.
  const store = blobStoreOf(ctx);
  for (const hash of referencedHashes(writes)) {
    const bytes = opened.blobs.get(hash);
    if (bytes && !(await store.has(hash))) await store.put(bytes);
  }
  const rows: BundleWrite[] = BUNDLE_TABLES.flatMap((table) =>
    writes[table].map((row) => ({ table, row })),
  );
  const { manifest } = opened.check;
  const received = manifest ? receivedBundleOf(manifest, opened.data) : undefined;
  const journal = await writeBundleRows(ctx, rows, received);
  return { journal, counts };
}
