import { z } from 'zod';
import type {
  AttachmentKind,
  AttachmentMeta,
  AttachmentOwner,
} from '@shared/domain/attachment/attachment';
import { sanitiseFileName } from '@shared/domain/attachment/attachment';
import {
  AttachmentTooLargeError,
  AttachmentUnavailableError,
  type AppRepositories,
} from '../../../db';
import {
  checkUpload,
  DEFAULT_UPLOAD_LIMITS,
  fitWithin,
  type UploadLimits,
  type UploadPurpose,
} from './check-upload';

const THUMBNAIL_SIZE = 320;

const limitSchema = z.number().int().positive();

/** Limits from the settings (keys `upload.photoMaxBytes`, `upload.documentMaxBytes`), else the defaults. */
export async function uploadLimits({
  settings,
}: Pick<AppRepositories, 'settings'>): Promise<UploadLimits> {
  return {
    photoBytes: await settings.get(
      'upload.photoMaxBytes',
      limitSchema,
      DEFAULT_UPLOAD_LIMITS.photoBytes,
    ),
    documentBytes: await settings.get(
      'upload.documentMaxBytes',
      limitSchema,
      DEFAULT_UPLOAD_LIMITS.documentBytes,
    ),
    maxPixels: DEFAULT_UPLOAD_LIMITS.maxPixels,
  };
}

/** A ~320 px JPEG made once from an image that already passed checkUpload. */
async function makeThumbnail(
  bytes: Uint8Array,
): Promise<{ bytes: Uint8Array; width: number; height: number }> {
  const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)]));
  const size = fitWithin(bitmap.width, bitmap.height, THUMBNAIL_SIZE);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Kanvas tidak tersedia untuk membuat gambar kecil');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, size.width, size.height);
  context.drawImage(bitmap, 0, 0, size.width, size.height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) =>
    canvas.toBlob(resolve, 'image/jpeg', 0.82),
  );
  if (!blob) throw new Error('Gambar kecil gagal dibuat');
  return { bytes: new Uint8Array(await blob.arrayBuffer()), ...size };
}

export type StoredUpload = { ok: true; meta: AttachmentMeta } | { ok: false; message: string };

/** Checks, stores (content-addressed) and, for images, makes the thumbnail once. */
export async function storeUpload(
  repos: Pick<AppRepositories, 'settings' | 'attachments'>,
  file: File,
  purpose: UploadPurpose,
  owner: AttachmentOwner,
  caption?: string,
  checklistItemId?: string,
): Promise<StoredUpload> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkUpload(bytes, purpose, await uploadLimits(repos));
  if (!check.ok) return check;
  const { attachments } = repos;
  const kind: AttachmentKind = purpose === 'photo' ? 'photo' : 'document';
  let meta: AttachmentMeta;
  try {
    meta = await attachments.add({
      bytes,
      originalName: sanitiseFileName(file.name),
      kind,
      owner,
      ...(caption !== undefined && caption.trim() !== '' ? { caption: caption.trim() } : {}),
      ...(checklistItemId !== undefined ? { checklistItemId } : {}),
    });
  } catch (error) {
    if (error instanceof AttachmentTooLargeError) return { ok: false, message: error.message };
    throw error;
  }
  if (purpose === 'photo' && !(await attachments.thumbnail(meta.hash))) {
    try {
      const thumb = await makeThumbnail(bytes);
      await attachments.saveThumbnail(meta.hash, thumb.bytes, thumb.width, thumb.height);
    } catch {
      // The photo is stored; the grid falls back to the full image when no thumbnail exists.
    }
  }
  return { ok: true, meta };
}

export type OpenedFile = { ok: true; url: string } | { ok: false; message: string };

/**
 * An object URL for stored bytes (caller revokes it), fetched from the server first when this PC
 * has only the metadata; otherwise the Indonesian reason they cannot be shown now.
 */
export async function openStored(
  { attachments }: Pick<AppRepositories, 'attachments'>,
  hash: string,
  mediaType: string,
): Promise<OpenedFile> {
  try {
    const bytes = await attachments.open(hash);
    return {
      ok: true,
      url: URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: mediaType })),
    };
  } catch (error) {
    if (error instanceof AttachmentUnavailableError) return { ok: false, message: error.message };
    throw error;
  }
}
