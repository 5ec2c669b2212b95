import { z } from 'zod';
import { snapshotReasons } from './snapshot-names';

/** The manifest written beside every snapshot, after the snapshot itself is safely on disk. */
const snapshotManifestSchema = z
  .object({
    format: z.literal('ovop-desk-snapshot'),
    version: z.literal(1),
    name: z.string(),
    reason: z.enum(snapshotReasons),
    sha256: z.string().regex(/^[a-f0-9]{64}$/),
    size: z.number().int().nonnegative(),
    createdAt: z.string(),
  })
  .strict();

export type SnapshotManifest = z.output<typeof snapshotManifestSchema>;

export type ManifestCheck =
  { usable: true; manifest: SnapshotManifest } | { usable: false; problem: string };

/**
 * Decides whether a snapshot file may be restored from: its manifest must parse, name the file,
 * and agree with the file's actual size and SHA-256. Pure: the caller measures the file.
 */
export function verifyManifest(
  snapshotName: string,
  manifestText: string | undefined,
  actual: { size: number; sha256: string } | undefined,
): ManifestCheck {
  if (manifestText === undefined)
    return { usable: false, problem: 'Manifest tidak ada (penulisan terputus).' };
  if (actual === undefined)
    return { usable: false, problem: 'Berkas cadangan tidak dapat dibaca.' };
  let json: unknown;
  try {
    json = JSON.parse(manifestText);
  } catch {
    return { usable: false, problem: 'Manifest rusak.' };
  }
  const parsed = snapshotManifestSchema.safeParse(json);
  if (!parsed.success) return { usable: false, problem: 'Manifest tidak sah.' };
  const manifest = parsed.data;
  if (manifest.name !== snapshotName)
    return { usable: false, problem: 'Manifest milik berkas lain.' };
  if (manifest.size !== actual.size) {
    return {
      usable: false,
      problem: 'Ukuran berkas tidak cocok dengan manifest (berkas terpotong).',
    };
  }
  if (manifest.sha256 !== actual.sha256)
    return { usable: false, problem: 'Sidik SHA-256 tidak cocok (berkas rusak).' };
  return { usable: true, manifest };
}
