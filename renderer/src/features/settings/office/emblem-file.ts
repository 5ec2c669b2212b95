import { checkImage } from '@shared/domain/attachment/image-header';
import { emblemKind } from '@shared/domain/office';
import { bytesToBase64 } from '../../../platform/base64';

/** An emblem at letterhead size never needs more than this. */
const EMBLEM_LIMITS = { maxBytes: 1_000_000, maxPixels: 4_000_000 };

/**
 * Bytes of an uploaded emblem → data URL, or the Indonesian reason it is refused. The header is
 * checked before anything decodes it; only PNG and JPEG are allowed in a letter.
 */
export function emblemDataUrl(
  bytes: Uint8Array,
): { ok: true; dataUrl: string } | { ok: false; reason: string } {
  const check = checkImage(bytes, EMBLEM_LIMITS);
  if (!check.ok) return { ok: false, reason: check.reason };
  if (check.header.type !== 'png' && check.header.type !== 'jpeg')
    return { ok: false, reason: 'Lambang daerah harus gambar PNG atau JPEG' };
  const dataUrl = `data:image/${check.header.type};base64,${bytesToBase64(bytes)}`;
  if (emblemKind(dataUrl) === undefined)
    return {
      ok: false,
      reason: 'Lambang daerah harus gambar PNG atau JPEG (paling besar sekitar 1 MB)',
    };
  return { ok: true, dataUrl };
}
