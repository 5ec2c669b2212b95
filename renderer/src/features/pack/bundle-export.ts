import { strToU8 } from 'fflate';
import { BUNDLE_TABLES, type BundleData } from '@shared/bundle/bundle-data';
import {
  BUNDLE_DATA_PATH,
  BUNDLE_MANIFEST_PATH,
  bundleBlobPath,
  type BundleManifest,
} from '@shared/bundle/bundle-manifest.schema';
import { referencedHashes } from '@shared/bundle/bundle-rows';
import { selectRounds } from '@shared/bundle/bundle-selection';
import { bundleManifest } from '@shared/bundle/bundle-writer';
import {
  blobStoreOf,
  sha256Hex,
  type BlobStore,
  readBundleData,
  type RepositoryContext,
} from '../../db';
import { buildZipBlob, type ZipBuildProgress, type ZipWriterFile } from '../../platform/zip';

/** Adapter (exchange bundle → zip): the register's exchangeable tables (read by the db layer) as a bundle file. */
export { readBundleData };

export interface BundleExportOptions {
  /** Empty = the whole register. */
  roundIds: readonly string[];
  appVersion: string;
  office: { id?: string; name: string; regionCode?: string; regionName?: string };
  exportedAt: string;
}

async function* bundleZipFiles(
  data: BundleData,
  blobs: BlobStore,
  meta: BundleExportOptions,
  missing: string[],
): AsyncGenerator<ZipWriterFile> {
  const entries: BundleManifest['entries'] = [];
  const dataBytes = strToU8(JSON.stringify(data));
  entries.push({
    path: BUNDLE_DATA_PATH,
    size: dataBytes.length,
    sha256: await sha256Hex(dataBytes),
  });
  yield { name: BUNDLE_DATA_PATH, bytes: dataBytes, compress: true };
  for (const hash of referencedHashes(data)) {
    const stored = await blobs.read(hash).catch(() => undefined);
    if (!stored) {
      missing.push(hash);
      continue;
    }
    const { bytes, crc32 } = stored;
    const path = bundleBlobPath(hash);
    entries.push({ path, size: bytes.length, sha256: hash });
    yield { name: path, bytes, compress: false, crc32 };
  }
  const manifest = bundleManifest(entries, meta);
  yield {
    name: BUNDLE_MANIFEST_PATH,
    bytes: strToU8(JSON.stringify(manifest, null, 2)),
    compress: true,
  };
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
  const blob = await buildZipBlob(
    bundleZipFiles(data, blobStoreOf(ctx), options, missing),
    total,
    progress,
  );
  return {
    blob,
    counts: Object.fromEntries(BUNDLE_TABLES.map((t) => [t, data[t].length])),
    missingBlobs: missing,
  };
}
