import {
  checkImage,
  detectFileType,
  FILE_TYPE_LABELS,
  isImageType,
  type FileType,
} from '@shared/domain/attachment/attachment';

/** Upload limits; the defaults apply until the settings hold other values. */
export interface UploadLimits {
  readonly photoBytes: number;
  readonly documentBytes: number;
  readonly maxPixels: number;
}

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  photoBytes: 10_000_000,
  documentBytes: 20_000_000,
  maxPixels: 50_000_000,
};

/** 'photo' = images only; 'scan' = a scanned document (PDF or image); 'document' = also spreadsheets. */
export type UploadPurpose = 'photo' | 'scan' | 'document';

export type UploadCheck =
  { readonly ok: true; readonly type: FileType } | { readonly ok: false; readonly message: string };

const ALLOWED: Record<UploadPurpose, readonly FileType[]> = {
  photo: ['png', 'jpeg', 'webp'],
  scan: ['pdf', 'png', 'jpeg', 'webp'],
  document: ['pdf', 'png', 'jpeg', 'webp', 'xlsx'],
};

const ALLOWED_TEXT: Record<UploadPurpose, string> = {
  photo: 'JPEG, PNG, atau WEBP',
  scan: 'PDF, JPEG, PNG, atau WEBP',
  document: 'PDF, JPEG, PNG, WEBP, atau Excel (.xlsx)',
};

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
}

/**
 * Decides from the bytes (never the name) whether a file may be stored: its detected type must fit
 * the purpose, its size the limit, and an image's header must be sound before anyone decodes it.
 */
export function checkUpload(
  bytes: Uint8Array,
  purpose: UploadPurpose,
  limits: UploadLimits = DEFAULT_UPLOAD_LIMITS,
): UploadCheck {
  const maxBytes = purpose === 'photo' ? limits.photoBytes : limits.documentBytes;
  if (bytes.byteLength === 0) return { ok: false, message: 'Berkas kosong' };
  if (bytes.byteLength > maxBytes) {
    return {
      ok: false,
      message: `Berkas terlalu besar (${megabytes(bytes.byteLength)}); batasnya ${megabytes(maxBytes)}`,
    };
  }
  const type = detectFileType(bytes);
  if (!ALLOWED[purpose].includes(type)) {
    const found =
      type === 'unknown' ? 'jenisnya tidak dikenali' : `isinya ${FILE_TYPE_LABELS[type]}`;
    return {
      ok: false,
      message: `Berkas ditolak: ${found}. Pilih berkas ${ALLOWED_TEXT[purpose]}.`,
    };
  }
  if (isImageType(type)) {
    const image = checkImage(bytes, { maxBytes, maxPixels: limits.maxPixels });
    if (!image.ok) return { ok: false, message: `Gambar ditolak: ${image.reason}` };
  }
  return { ok: true, type };
}

/** Size that fits `max` on the longer side, keeping the ratio (never enlarges). */
export function fitWithin(
  width: number,
  height: number,
  max: number,
): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height, 1));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/** "1,2 MB", "340 kB" for lists of files. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1_000_000) return megabytes(bytes);
  return `${Math.max(1, Math.round(bytes / 1000)).toLocaleString('id-ID')} kB`;
}
