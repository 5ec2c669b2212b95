import { strFromU8 } from 'fflate';
import {
  BUNDLE_FORMAT_VERSION,
  BUNDLE_MANIFEST_PATH,
  bundleManifestSchema,
  type BundleManifest,
} from './bundle-manifest.schema';
import { bundleIssueText } from './bundle-issue-text';
import { extractZip, type ZipExtraction } from './zip-safety';
import type { ZipLimits } from './zip-limits';
import { problem, type ZipProblem } from './zip-problem';

interface BundleCheckSummary {
  bytes: number;
  entries: number;
  formatVersion: number | null;
  appVersion: string | null;
  office: string | null;
  exportedAt: string | null;
}

export interface BundleCheckResult {
  accepted: boolean;
  problems: ZipProblem[];
  summary: BundleCheckSummary;
  manifest: BundleManifest | null;
  /** Verified contents (with data only when asked to keep it). Empty when refused. */
  files: ZipExtraction['files'];
}

export function parseJsonBytes(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(strFromU8(bytes)) as unknown };
  } catch {
    return { ok: false };
  }
}

function checkManifest(
  manifestBytes: Uint8Array | undefined,
  files: ZipExtraction['files'],
): { manifest: BundleManifest | null; problems: ZipProblem[] } {
  if (!manifestBytes)
    return {
      manifest: null,
      problems: [
        problem(
          'manifest-missing',
          'manifest.json tidak ada: ini bukan bundel OVOP Desk yang utuh.',
        ),
      ],
    };
  const json = parseJsonBytes(manifestBytes);
  const parsed = json.ok
    ? bundleManifestSchema.safeParse(json.value, { error: bundleIssueText })
    : null;
  if (!parsed?.success) {
    const detail = parsed?.error.issues[0]?.message ?? 'bukan JSON yang sah';
    return {
      manifest: null,
      problems: [
        problem('manifest-invalid', `manifest.json tidak sah: ${detail}.`, BUNDLE_MANIFEST_PATH),
      ],
    };
  }
  const manifest = parsed.data;
  if (manifest.formatVersion > BUNDLE_FORMAT_VERSION) {
    return {
      manifest,
      problems: [
        problem(
          'schema-version',
          `Bundel dibuat dengan format versi ${manifest.formatVersion} (aplikasi ${manifest.appVersion}); aplikasi ini hanya membaca sampai versi ${BUNDLE_FORMAT_VERSION}. Perbarui aplikasi.`,
          BUNDLE_MANIFEST_PATH,
        ),
      ],
    };
  }
  const problems: ZipProblem[] = [];
  const listed = new Set<string>();
  for (const entry of manifest.entries) {
    listed.add(entry.path);
    const file = files.get(entry.path);
    if (!file) {
      problems.push(
        problem(
          'missing-entry',
          'Berkas yang tercantum di manifest tidak ada di dalam bundel.',
          entry.path,
        ),
      );
    } else if (file.size !== entry.size || file.sha256 !== entry.sha256) {
      problems.push(
        problem(
          'hash-mismatch',
          'Sidik SHA-256 atau ukuran berkas tidak cocok dengan manifest: berkas rusak atau diubah.',
          entry.path,
        ),
      );
    }
  }
  for (const name of files.keys()) {
    if (name !== BUNDLE_MANIFEST_PATH && !listed.has(name)) {
      problems.push(problem('unlisted-entry', 'Berkas ini tidak tercantum di manifest.', name));
    }
  }
  return { manifest, problems };
}

/**
 * Everything that decides whether a bundle may be opened: ZIP safety (names, counts, sizes, ratio,
 * encryption, CRC), then manifest (format version, every file's size and SHA-256, nothing extra).
 * Pure: reads the bytes, writes nothing.
 */
export function checkBundle(
  bytes: Uint8Array,
  limits: ZipLimits,
  keep: boolean,
): BundleCheckResult {
  const extraction = extractZip(
    bytes,
    limits,
    keep ? () => true : (name) => name === BUNDLE_MANIFEST_PATH,
  );
  const summary: BundleCheckSummary = {
    bytes: bytes.length,
    entries: extraction.files.size,
    formatVersion: null,
    appVersion: null,
    office: null,
    exportedAt: null,
  };
  if (extraction.problems.length > 0) {
    return {
      accepted: false,
      problems: extraction.problems,
      summary,
      manifest: null,
      files: new Map(),
    };
  }
  const { manifest, problems } = checkManifest(
    extraction.files.get(BUNDLE_MANIFEST_PATH)?.data,
    extraction.files,
  );
  if (manifest) {
    summary.formatVersion = manifest.formatVersion;
    summary.appVersion = manifest.appVersion;
    summary.office = manifest.office.name;
    summary.exportedAt = manifest.exportedAt;
  }
  const accepted = problems.length === 0;
  return { accepted, problems, summary, manifest, files: accepted ? extraction.files : new Map() };
}
