import { strFromU8 } from 'fflate';
import { z } from 'zod';
import { extractZip } from '../bundle/zip-safety';
import type { ZipLimits } from '../bundle/zip-limits';
import { problem, type ZipProblem } from '../bundle/zip-problem';

export const PACK_FORMAT = 'ovop-desk-pack';
const PACK_MANIFEST_PATH = 'manifest.json';

const packManifestSchema = z.object({
  format: z.literal(PACK_FORMAT, { error: 'Berkas ini bukan paket kirim OVOP Desk.' }),
  formatVersion: z.literal(1),
  appVersion: z.string().max(50),
  createdAt: z.string().max(40),
  round: z.object({ id: z.string(), name: z.string(), year: z.number().int() }),
  scope: z.string().max(200),
  office: z.string().max(300),
  files: z.array(
    z.object({
      path: z.string().min(1),
      size: z.number().int().min(0),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
});
export type PackManifest = z.infer<typeof packManifestSchema>;

export interface PackVerification {
  ok: boolean;
  manifest: PackManifest | null;
  checked: number;
  problems: ZipProblem[];
}

/**
 * Re-verifies a pack later (e.g. before uploading, or when the portal rejects a file): the same ZIP
 * safety checks as for bundles, then every file's size and SHA-256 against manifest.json.
 */
export function verifyPack(bytes: Uint8Array, limits: ZipLimits): PackVerification {
  const extraction = extractZip(bytes, limits, (name) => name === PACK_MANIFEST_PATH);
  if (extraction.problems.length > 0)
    return { ok: false, manifest: null, checked: 0, problems: extraction.problems };
  const raw = extraction.files.get(PACK_MANIFEST_PATH)?.data;
  if (!raw)
    return {
      ok: false,
      manifest: null,
      checked: 0,
      problems: [problem('manifest-missing', 'manifest.json tidak ada di dalam paket.')],
    };
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(raw));
  } catch {
    json = null;
  }
  const parsed = packManifestSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      manifest: null,
      checked: 0,
      problems: [
        problem(
          'manifest-invalid',
          `manifest.json tidak sah: ${parsed.error.issues[0]?.message ?? ''}`,
          PACK_MANIFEST_PATH,
        ),
      ],
    };
  }
  const problems: ZipProblem[] = [];
  const listed = new Set(parsed.data.files.map((f) => f.path));
  for (const f of parsed.data.files) {
    const actual = extraction.files.get(f.path);
    if (!actual)
      problems.push(
        problem('missing-entry', 'Berkas di manifest tidak ada di dalam paket.', f.path),
      );
    else if (actual.size !== f.size || actual.sha256 !== f.sha256)
      problems.push(
        problem(
          'hash-mismatch',
          'Sidik SHA-256 tidak cocok: berkas berubah sejak paket dibuat.',
          f.path,
        ),
      );
  }
  for (const name of extraction.files.keys()) {
    if (name !== PACK_MANIFEST_PATH && !listed.has(name))
      problems.push(problem('unlisted-entry', 'Berkas ini tidak tercantum di manifest.', name));
  }
  return {
    ok: problems.length === 0,
    manifest: parsed.data,
    checked: parsed.data.files.length,
    problems,
  };
}
