/** Why a ZIP (bundle or pack) was refused. Codes are stable (tests, the CLI); messages Indonesian. */
export const ZIP_PROBLEM_CODES = [
  'not-zip',
  'truncated',
  'zip64-unsupported',
  'too-many-entries',
  'path-traversal',
  'absolute-path',
  'drive-letter',
  'unc-path',
  'backslash',
  'control-char',
  'empty-name',
  'duplicate-name',
  'case-duplicate-name',
  'encrypted',
  'unsupported-method',
  'header-mismatch',
  'entry-too-large',
  'total-too-large',
  'ratio-too-high',
  'size-mismatch',
  'crc-mismatch',
  'corrupt-data',
  'nested-archive',
  'manifest-missing',
  'manifest-invalid',
  'schema-version',
  'hash-mismatch',
  'unlisted-entry',
  'missing-entry',
  'data-invalid',
] as const;
export type ZipProblemCode = (typeof ZIP_PROBLEM_CODES)[number];

export interface ZipProblem {
  code: ZipProblemCode;
  message: string;
  /** The entry name as stored (control characters shown escaped), or null for the whole archive. */
  entry: string | null;
}

/** Names may hold NUL or other control characters: show them escaped, never raw. */
function printableName(name: string): string {
  return [...name]
    .map((ch) => (isControlChar(ch) ? `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}` : ch))
    .join('');
}

export function isControlChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

export function problem(
  code: ZipProblemCode,
  message: string,
  entry: string | null = null,
): ZipProblem {
  return { code, message, entry: entry === null ? null : printableName(entry) };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace('.', ',')} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}
