import { isControlChar, problem, type ZipProblem } from './zip-problem';

/**
 * Checks one entry name. fflate hands back names like `../../evil.txt` unchanged, so a bundle is
 * refused as soon as any name could leave the target folder or means different things on Windows
 * and Linux. The first problem found is reported.
 */
export function checkEntryName(name: string): ZipProblem | null {
  if (name === '') return problem('empty-name', 'Ada berkas tanpa nama di dalam arsip.', name);
  if ([...name].some(isControlChar)) {
    return problem('control-char', 'Nama berkas memuat karakter kendali (misalnya NUL).', name);
  }
  if (name.startsWith('\\\\') || name.startsWith('//')) {
    return problem(
      'unc-path',
      'Nama berkas berupa jalur jaringan (UNC), misalnya \\\\server\\folder.',
      name,
    );
  }
  if (/^[A-Za-z]:/.test(name))
    return problem('drive-letter', 'Nama berkas memuat huruf drive (misalnya C:).', name);
  if (name.startsWith('/'))
    return problem('absolute-path', 'Nama berkas berupa jalur absolut.', name);
  if (name.includes('\\'))
    return problem('backslash', 'Nama berkas memuat garis miring terbalik (\\).', name);
  if (name.split('/').some((part) => part === '..')) {
    return problem(
      'path-traversal',
      'Nama berkas memuat "../" yang dapat menulis di luar folder tujuan.',
      name,
    );
  }
  if (name.includes(':'))
    return problem(
      'drive-letter',
      'Nama berkas memuat tanda titik dua (:), tidak sah di Windows.',
      name,
    );
  return null;
}

/** Duplicate names, and names equal apart from letter case (one file overwrites the other on Windows). */
export function checkDuplicateNames(names: readonly string[]): ZipProblem[] {
  const problems: ZipProblem[] = [];
  const exact = new Set<string>();
  const folded = new Map<string, string>();
  for (const name of names) {
    if (exact.has(name)) {
      problems.push(
        problem('duplicate-name', 'Nama berkas muncul lebih dari sekali di dalam arsip.', name),
      );
      continue;
    }
    exact.add(name);
    const key = name.normalize('NFC').toLowerCase();
    const earlier = folded.get(key);
    if (earlier !== undefined) {
      problems.push(
        problem(
          'case-duplicate-name',
          `Nama berkas hanya beda huruf besar/kecil dengan "${earlier}" (bertabrakan di Windows).`,
          name,
        ),
      );
      continue;
    }
    folded.set(key, name);
  }
  return problems;
}

const ARCHIVE_EXTENSIONS = /\.(zip|ovop|jar|7z|rar|gz|tgz|tar|bz2|xz|cab)$/i;

export function looksLikeArchiveName(name: string): boolean {
  return ARCHIVE_EXTENSIONS.test(name);
}
