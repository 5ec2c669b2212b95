import { strToU8 } from 'fflate';
import type { BundleData } from './bundle-data';
import {
  BUNDLE_DATA_PATH,
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  BUNDLE_MANIFEST_PATH,
  bundleBlobPath,
  type BundleManifest,
} from './bundle-manifest.schema';
import { sha256Hex } from './sha256';

export interface BundleFile {
  path: string;
  bytes: Uint8Array;
  /** Deflate text; store blobs (photos and PDFs are already compressed). */
  compress: boolean;
}

export interface BundleInput {
  data: BundleData;
  /** Attachment bytes by their SHA-256 (the hash the attachment rows point at). */
  blobs: ReadonlyMap<string, Uint8Array>;
  appVersion: string;
  office: { id?: string; name: string; regionCode?: string; regionName?: string };
  /** ISO date-time, from the caller's clock. */
  exportedAt: string;
}

/** The manifest over already-hashed entries (the renderer hashes while it streams). */
export function bundleManifest(
  entries: BundleManifest['entries'],
  meta: Pick<BundleInput, 'appVersion' | 'office' | 'exportedAt'>,
): BundleManifest {
  return {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    appVersion: meta.appVersion,
    office: meta.office,
    exportedAt: meta.exportedAt,
    entries,
  };
}

/**
 * The files of an exchange bundle, manifest last: the data JSON, one `blobs/<sha256>` per
 * attachment, and `manifest.json` listing every other file with its size and SHA-256.
 */
export function bundleFiles(input: BundleInput): BundleFile[] {
  const files: BundleFile[] = [
    { path: BUNDLE_DATA_PATH, bytes: strToU8(JSON.stringify(input.data)), compress: true },
  ];
  for (const [hash, bytes] of [...input.blobs].sort(([a], [b]) => a.localeCompare(b))) {
    files.push({ path: bundleBlobPath(hash), bytes, compress: false });
  }
  const manifest = bundleManifest(
    files.map((f) => ({ path: f.path, size: f.bytes.length, sha256: sha256Hex(f.bytes) })),
    input,
  );
  files.push({
    path: BUNDLE_MANIFEST_PATH,
    bytes: strToU8(JSON.stringify(manifest, null, 2)),
    compress: true,
  });
  return files;
}
