import { detectFileType } from '../domain/attachment/file-type';
import { readImageHeader } from '../domain/attachment/image-header';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out.push(
      ALPHABET[(n >> 18) & 63] ?? '',
      ALPHABET[(n >> 12) & 63] ?? '',
      b === undefined ? '=' : (ALPHABET[(n >> 6) & 63] ?? ''),
      c === undefined ? '=' : (ALPHABET[n & 63] ?? ''),
    );
  }
  return out.join('');
}

/** Photos bigger than this are not embedded (the profile uses the thumbnail or says "lihat berkas"). */
const PROFILE_IMAGE_MAX_BYTES = 3 * 1024 * 1024;
/** 50-byte PNGs that claim 100k × 100k pixels are refused by their header, before pdfmake decodes them. */
const PROFILE_IMAGE_MAX_PIXELS = 40_000_000;

/**
 * A data URL for pdfmake, only for real PNG/JPEG bytes (checked by content and header, never by
 * name) of sane dimensions; undefined otherwise. pdfmake would also read URLs and file paths from
 * an `image` string, so nothing but a data URL built here may reach it.
 */
export function profileImageDataUrl(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0 || bytes.length > PROFILE_IMAGE_MAX_BYTES) return undefined;
  const type = detectFileType(bytes);
  if (type !== 'png' && type !== 'jpeg') return undefined;
  const header = readImageHeader(bytes);
  if (
    !header ||
    header.width <= 0 ||
    header.height <= 0 ||
    header.width * header.height > PROFILE_IMAGE_MAX_PIXELS
  )
    return undefined;
  return `data:image/${type};base64,${base64(bytes)}`;
}

export function isProfileImageDataUrl(value: string): boolean {
  return (
    /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/.test(value) &&
    value.length <= PROFILE_IMAGE_MAX_BYTES * 1.4
  );
}
