import { z } from 'zod';

export const BUNDLE_FORMAT = 'ovop-desk-bundle';
/** Bump when the bundle layout changes; older apps refuse newer bundles. */
export const BUNDLE_FORMAT_VERSION = 1;
export const BUNDLE_MANIFEST_PATH = 'manifest.json';
export const BUNDLE_DATA_PATH = 'data/register.json';
export const bundleBlobPath = (hash: string): string => `blobs/${hash}`;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'Sidik SHA-256 tidak valid');

const bundleEntrySchema = z.object({
  path: z.string().min(1).max(300),
  size: z.number().int().min(0),
  sha256,
});

export const bundleManifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT, { error: 'Berkas ini bukan bundel pertukaran OVOP Desk.' }),
  formatVersion: z.number().int().min(1),
  appVersion: z.string().max(50),
  /** The sending office; regionName (e.g. "Kabupaten Banjar") names it in the province's preview. */
  office: z.object({
    /** The sending installation's office id: letters it sent stay that office's letters. */
    id: z.string().max(100).optional(),
    name: z.string().max(300),
    regionCode: z.string().max(20).optional(),
    regionName: z.string().max(200).optional(),
  }),
  exportedAt: z.string().max(40),
  entries: z.array(bundleEntrySchema).max(100_000),
});
export type BundleManifest = z.infer<typeof bundleManifestSchema>;
