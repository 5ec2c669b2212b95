import { sanitiseFileName } from '../domain/attachment/file-name';

/**
 * Names inside a submission pack. Everything is built from applicant data, so every part goes
 * through sanitiseFileName (Windows-safe, no reserved device names) and is kept short: the pack is
 * often unzipped deep inside "Dokumen\…\Unduhan", and Windows still trips over 260-character paths.
 */
export const MAX_FOLDER_NAME = 60;
export const MAX_PACK_FILE_NAME = 80;

/** Two digits for up to 99 folders, three beyond: the order sorts the same in every file manager. */
function numberWidth(total: number): number {
  return Math.max(2, String(total).length);
}

function numbered(index: number, total: number): string {
  return String(index).padStart(numberWidth(total), '0');
}

/**
 * A short, readable slug from free text: dots, slashes and characters Windows forbids become spaces
 * (`CV "Sinar/Jaya": Tenun?` → `CV Sinar Jaya Tenun`), then sanitiseFileName has the last word.
 */
export function namePart(text: string, max: number, fallback: string): string {
  return sanitiseFileName(
    text
      .replace(/[./\\<>:"|?*]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
    max,
    fallback,
  );
}

/** `03_UD Berkah Bahari` */
export function folderName(index: number, total: number, enterpriseName: string): string {
  const prefix = `${numbered(index, total)}_`;
  return sanitiseFileName(
    `${prefix}${namePart(enterpriseName, MAX_FOLDER_NAME - prefix.length, 'IKM')}`,
    MAX_FOLDER_NAME,
    prefix + 'IKM',
  );
}

/** `03_halal_ID35110000123.pdf`: prefix, kind, a number from the document, extension. */
export function schemeFileName(
  prefix: string,
  kind: string,
  detail: string,
  extension: string,
): string {
  const ext = `.${extension}`;
  const head = `${prefix}_${kind}`;
  const room = MAX_PACK_FILE_NAME - head.length - ext.length - 1;
  const tail =
    detail.trim() === ''
      ? ''
      : `_${namePart(detail, Math.max(8, room), 'dokumen').replace(/\s+/g, '-')}`;
  return sanitiseFileName(`${head}${tail}${ext}`, MAX_PACK_FILE_NAME, `${head}${ext}`);
}

/**
 * Makes names unique case-insensitively (Windows and macOS treat `Foto.jpg` and `foto.JPG` as one
 * file): later duplicates get ` (2)`, ` (3)` before the extension.
 */
export function uniqueNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    const dot = name.lastIndexOf('.');
    const stem = dot > 0 ? name.slice(0, dot) : name;
    const ext = dot > 0 ? name.slice(dot) : '';
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
