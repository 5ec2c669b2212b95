import { strToU8 } from 'fflate';
import { BUNDLE_TABLES, emptyBundleData, type BundleData, type BundleRow } from '@shared/bundle/bundle-data';
import { BUNDLE_DATA_PATH, BUNDLE_MANIFEST_PATH, bundleBlobPath, type BundleManifest } from '@shared/bundle/bundle-manifest.schema';
import { referencedHashes } from '@shared/bundle/bundle-rows';
import { selectRounds } from '@shared/bundle/bundle-selection';
import { bundleManifest } from '@shared/bundle/bundle-writer';
import { createBlobStore, sha256Hex, type BlobStore } from '../../db/blob-store';
import type { RepositoryContext } from '../../db/context';
import { buildZipBlob, type ZipBuildProgress, type ZipWriterFile } from '../../platform/zip';

/**
 * Adapter (exchange bundle → db layer): the register's exchangeable tables as domain rows. Record
 * keys added by storage (meta, search keys, denormalised fields) are stripped, so a bundle holds
 * exactly what the domain schemas describe.
 */
const STORAGE_KEYS = ['schemaVersion', 'revision', 'live', 'nameKey', 'words', 'kabKotaCode', 'sizeClass', 'enterpriseCount', 'ownerKey'];

function domainRow(table: string, record: object): BundleRow {
  const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const key of STORAGE_KEYS) delete copy[key];
  // `commodity` is a real field of sentra and product, but only a denormalised copy on an IKM.
  if (table === 'enterprises') delete copy.commodity;
  return copy as BundleRow;
}

export async function readBundleData(ctx: RepositoryContext): Promise<BundleData> {
  const data = emptyBundleData();
  await ctx.db.transaction('r', BUNDLE_TABLES.map((t) => ctx.db.table(t)), async () => {
    for (const table of BUNDLE_TABLES) {
      const rows = (await ctx.db.table(table).toArray()) as object[];
      data[table] = rows.map((r) => domainRow(table, r)).sort((a, b) => a.id.localeCompare(b.id));
    }
  });
  return data;
}

export interface BundleExportOptions {
  /** Empty = the whole register. */
  roundIds: readonly string[];
  appVersion: string;
  office: { name: string; regionCode?: string };
  exportedAt: string;
}

async function* bundleZipFiles(data: BundleData, blobs: BlobStore, meta: BundleExportOptions, missing: string[]): AsyncGenerator<ZipWriterFile> {
  const entries: BundleManifest['entries'] = [];
  const dataBytes = strToU8(JSON.stringify(data));
  entries.push({ path: BUNDLE_DATA_PATH, size: dataBytes.length, sha256: await sha256Hex(dataBytes) });
  yield { name: BUNDLE_DATA_PATH, bytes: dataBytes, compress: true };
  for (const hash of referencedHashes(data)) {
    const bytes = await blobs.get(hash).catch(() => undefined);
    if (!bytes) {
      missing.push(hash);
      continue;
    }
    const path = bundleBlobPath(hash);
    entries.push({ path, size: bytes.length, sha256: hash });
    yield { name: path, bytes, compress: false };
  }
  const manifest = bundleManifest(entries, meta);
  yield { name: BUNDLE_MANIFEST_PATH, bytes: strToU8(JSON.stringify(manifest, null, 2)), compress: true };
}

export interface BundleExportResult {
  blob: Blob;
  counts: Record<string, number>;
  /** Hashes referenced by rows whose bytes were not in the store (reported, not fatal). */
  missingBlobs: string[];
}

export async function exportBundle(
  ctx: RepositoryContext,
  options: BundleExportOptions,
  progress: { signal?: AbortSignal; onProgress?: (p: ZipBuildProgress) => void } = {},
): Promise<BundleExportResult> {
  const all = await readBundleData(ctx);
  const data = options.roundIds.length > 0 ? selectRounds(all, options.roundIds) : all;
  const missing: string[] = [];
  const total = 2 + referencedHashes(data).length;
  const blob = await buildZipBlob(bundleZipFiles(data, createBlobStore(ctx.db), options, missing), total, progress);
  return { blob, counts: Object.fromEntries(BUNDLE_TABLES.map((t) => [t, data[t].length])), missingBlobs: missing };
}
