/**
 * File types recognised from their first bytes (never from the name). A magic-number check by
 * hand: it runs synchronously in pure shared/ code (also for the PDF documents and the Node tools),
 * and no file-type library among the dependencies works in both the browser and Node.
 */
export type FileType = 'pdf' | 'png' | 'jpeg' | 'webp' | 'xlsx' | 'zip' | 'unknown';

export const FILE_TYPE_MEDIA: Record<FileType, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
  unknown: 'application/octet-stream',
};

export const FILE_TYPE_LABELS: Record<FileType, string> = {
  pdf: 'PDF',
  png: 'Gambar PNG',
  jpeg: 'Gambar JPEG',
  webp: 'Gambar WEBP',
  xlsx: 'Lembar kerja Excel',
  zip: 'Arsip ZIP',
  unknown: 'Jenis tidak dikenal',
};

export function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

export function ascii(bytes: Uint8Array, offset: number, length: number): string {
  let s = '';
  for (let i = offset; i < offset + length && i < bytes.length; i++)
    s += String.fromCharCode(bytes[i] ?? 0);
  return s;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

/** Looks for "xl/" among the names of the first ZIP entries (an .xlsx is a ZIP with an xl/ folder). */
function looksLikeXlsx(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 64 * 1024);
  let offset = 0;
  for (let entries = 0; entries < 40 && offset + 30 <= end; entries++) {
    if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04], offset)) return false;
    const nameLength = (bytes[offset + 26] ?? 0) | ((bytes[offset + 27] ?? 0) << 8);
    const extraLength = (bytes[offset + 28] ?? 0) | ((bytes[offset + 29] ?? 0) << 8);
    const name = ascii(bytes, offset + 30, nameLength);
    if (name.startsWith('xl/')) return true;
    const flags = (bytes[offset + 6] ?? 0) | ((bytes[offset + 7] ?? 0) << 8);
    const compressed =
      ((bytes[offset + 18] ?? 0) |
        ((bytes[offset + 19] ?? 0) << 8) |
        ((bytes[offset + 20] ?? 0) << 16) |
        ((bytes[offset + 21] ?? 0) << 24)) >>>
      0;
    // With a data descriptor the size is not known up front: stop walking.
    if ((flags & 0x08) !== 0) return false;
    offset += 30 + nameLength + extraLength + compressed;
  }
  return false;
}

export function detectFileType(bytes: Uint8Array): FileType {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, PNG_SIGNATURE)) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return looksLikeXlsx(bytes) ? 'xlsx' : 'zip';
  if (startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip'; // empty archive
  return 'unknown';
}

export function isImageType(type: FileType): type is 'png' | 'jpeg' | 'webp' {
  return type === 'png' || type === 'jpeg' || type === 'webp';
}
