import { checkImage } from '@shared/domain/attachment/image-header';
import type { AttachmentRepository } from '../../db';

/** Header limits checked before the browser decodes anything (a 50-byte PNG may claim 100k × 100k). */
const DECODE_LIMITS = { maxBytes: 60 * 1024 * 1024, maxPixels: 80_000_000 };

async function encodeJpeg(bitmap: ImageBitmap, scale: number, quality: number): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Peramban tidak dapat mengolah gambar.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('Gagal membuat JPEG.'))),
      'image/jpeg',
      quality,
    ),
  );
}

/**
 * Re-encodes a photo as JPEG under `targetBytes`: lower quality first, then smaller dimensions
 * (never below 800 px on the long side unless it still does not fit).
 */
async function shrinkPhotoBytes(bytes: Uint8Array, targetBytes: number): Promise<Uint8Array> {
  const check = checkImage(bytes, DECODE_LIMITS);
  if (!check.ok) throw new Error(check.reason);
  const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)]));
  try {
    const longSide = Math.max(bitmap.width, bitmap.height);
    let scale = Math.min(1, 2400 / longSide);
    for (let attempt = 0; attempt < 12; attempt++) {
      for (const quality of [0.85, 0.75, 0.65]) {
        const blob = await encodeJpeg(bitmap, scale, quality);
        if (blob.size <= targetBytes) return new Uint8Array(await blob.arrayBuffer());
      }
      scale *= 0.8;
    }
    throw new Error('Foto tidak dapat diperkecil di bawah batas.');
  } finally {
    bitmap.close();
  }
}

/** Replaces an attachment by its smaller JPEG copy (new attachment, the old one soft-deleted). */
export async function shrinkAttachment(
  repo: AttachmentRepository,
  attachmentId: string,
  targetBytes: number,
): Promise<number> {
  const meta = await repo.get(attachmentId);
  if (!meta) throw new Error('Lampiran tidak ditemukan.');
  const bytes = await repo.bytes(meta.hash);
  if (!bytes) throw new Error('Berkas foto tidak ditemukan di penyimpanan.');
  // 5% headroom: the portal may count kilobytes differently.
  const smaller = await shrinkPhotoBytes(bytes, Math.floor(targetBytes * 0.95));
  await repo.add({
    bytes: smaller,
    originalName: meta.originalName.replace(/\.[^.]*$/, '') + '.jpg',
    kind: meta.kind,
    owner: meta.owner,
    ...(meta.caption !== undefined ? { caption: meta.caption } : {}),
    ...(meta.checklistItemId !== undefined ? { checklistItemId: meta.checklistItemId } : {}),
  });
  await repo.softDelete(meta.id);
  return smaller.length;
}
