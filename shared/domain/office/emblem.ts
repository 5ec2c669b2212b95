/**
 * The regional emblem is the only image a letter may contain. It is stored as a data URL and accepted
 * only when both the declared type and the first bytes say PNG or JPEG.
 */

const PNG_DATA_URL = 'data:image/png;base64,';
const JPEG_DATA_URL = 'data:image/jpeg;base64,';
/** Base64 of the PNG signature 89 50 4E 47 0D 0A 1A 0A. */
const PNG_MAGIC_B64 = 'iVBORw0KGgo';
/** Base64 of the JPEG start FF D8 FF. */
const JPEG_MAGIC_B64 = '/9j/';
/** 1 MB of image bytes is plenty for an emblem at letterhead size. */
const EMBLEM_MAX_DATA_URL_LENGTH = 1_400_000;

export type EmblemKind = 'png' | 'jpeg';

export function emblemKind(dataUrl: string): EmblemKind | undefined {
  if (dataUrl.length > EMBLEM_MAX_DATA_URL_LENGTH) return undefined;
  const isBase64 = (payload: string): boolean => /^[A-Za-z0-9+/]+={0,2}$/.test(payload);
  if (dataUrl.startsWith(PNG_DATA_URL)) {
    const payload = dataUrl.slice(PNG_DATA_URL.length);
    return payload.startsWith(PNG_MAGIC_B64) && isBase64(payload) ? 'png' : undefined;
  }
  if (dataUrl.startsWith(JPEG_DATA_URL)) {
    const payload = dataUrl.slice(JPEG_DATA_URL.length);
    return payload.startsWith(JPEG_MAGIC_B64) && isBase64(payload) ? 'jpeg' : undefined;
  }
  return undefined;
}

export function isSafeEmblem(dataUrl: string | undefined): dataUrl is string {
  return dataUrl !== undefined && emblemKind(dataUrl) !== undefined;
}
