import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { BundleCheckResult } from '@shared/bundle/bundle-check';
import { openBundleBytes } from '@shared/bundle/bundle-open';
import { DEFAULT_ZIP_LIMITS } from '@shared/bundle/zip-limits';

/**
 * `npm run bundle:check -- <file.ovop>`: checks an exchange bundle headlessly exactly as the app's
 * import does (ZIP safety, manifest, SHA-256 of every file, every data row parsed with its domain
 * schema) and prints JSON `{accepted, problems, summary}`. Writes nothing.
 *
 * Exit codes: 0 accepted, 1 refused (the JSON says why), 2 could not run (no file, unreadable,
 * larger than the total size limit — then the JSON still explains it).
 */

export interface CliOutput {
  accepted: boolean;
  problems: BundleCheckResult['problems'];
  summary: BundleCheckResult['summary'] | { file: string };
}

export function runBundleCheck(file: string | undefined): {
  exitCode: 0 | 1 | 2;
  output: CliOutput;
} {
  const failure = (
    message: string,
    code: 'not-zip' | 'total-too-large' = 'not-zip',
  ): { exitCode: 2; output: CliOutput } => ({
    exitCode: 2,
    output: {
      accepted: false,
      problems: [{ code, message, entry: null }],
      summary: { file: file ?? '' },
    },
  });
  if (!file) return failure('Pemakaian: npm run bundle:check -- <berkas.ovop>');
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return failure(`Bukan berkas biasa: ${file}`);
    size = stat.size;
  } catch {
    return failure(`Berkas tidak ditemukan atau tidak dapat dibaca: ${file}`);
  }
  // The compressed file can never legitimately exceed the uncompressed total: refuse before reading.
  if (size > DEFAULT_ZIP_LIMITS.maxTotalBytes)
    return failure('Berkas lebih besar dari batas ukuran bundel.', 'total-too-large');
  const bytes = new Uint8Array(readFileSync(file));
  const opened = openBundleBytes(bytes, DEFAULT_ZIP_LIMITS);
  const summary = opened.check?.summary ?? { file };
  return opened.ok
    ? { exitCode: 0, output: { accepted: true, problems: [], summary } }
    : { exitCode: 1, output: { accepted: false, problems: opened.problems, summary } };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { exitCode, output } = runBundleCheck(process.argv[2]);
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  process.exitCode = exitCode;
}
