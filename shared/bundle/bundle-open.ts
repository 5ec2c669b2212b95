import { checkBundle, parseJsonBytes, type BundleCheckResult } from './bundle-check';
import type { BundleData } from './bundle-data';
import { BUNDLE_DATA_PATH } from './bundle-manifest.schema';
import { parseBundleData } from './bundle-rows';
import type { ZipLimits } from './zip-limits';
import { problem, type ZipProblem } from './zip-problem';

export type OpenedBundle =
  | { ok: true; check: BundleCheckResult; data: BundleData; blobs: ReadonlyMap<string, Uint8Array> }
  | { ok: false; check: BundleCheckResult | null; problems: ZipProblem[] };

/**
 * Everything the app checks before a bundle may be previewed: ZIP safety and manifest on the bytes,
 * then every row of the data file parsed with its domain schema. The app's import and the headless
 * `bundle:check` both open bundles here, so neither accepts a file the other refuses. Pure.
 */
export function openBundleBytes(bytes: Uint8Array, limits: ZipLimits): OpenedBundle {
  const check = checkBundle(bytes, limits, true);
  if (!check.accepted) return { ok: false, check, problems: check.problems };
  const raw = check.files.get(BUNDLE_DATA_PATH)?.data;
  const json = raw ? parseJsonBytes(raw) : { ok: false as const };
  if (!json.ok)
    return {
      ok: false,
      check,
      problems: [
        problem(
          'data-invalid',
          'Data register di dalam bundel tidak dapat dibaca.',
          BUNDLE_DATA_PATH,
        ),
      ],
    };
  const parsed = parseBundleData(json.value);
  if (!parsed.ok) return { ok: false, check, problems: parsed.problems };
  const blobs = new Map<string, Uint8Array>();
  for (const [path, file] of check.files) {
    if (path.startsWith('blobs/') && file.data && file.sha256 === path.slice('blobs/'.length))
      blobs.set(file.sha256, file.data);
  }
  return { ok: true, check, data: parsed.data, blobs };
}
