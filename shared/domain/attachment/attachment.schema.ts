import { z } from 'zod';
import { isoDateTimeSchema } from '../common/date';
import { attachmentIdSchema } from '../common/ids';
import { optionalText, requiredText, sha256HexSchema, wholeNumber } from '../common/text';

const ATTACHMENT_KINDS = ['photo', 'document'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

const ATTACHMENT_OWNER_TYPES = [
  'sentra',
  'decree',
  'enterprise',
  'product',
  'credential',
  'nomination',
  'letter',
] as const;

const attachmentOwnerSchema = z.object({
  type: z.enum(ATTACHMENT_OWNER_TYPES),
  id: z.string().min(1),
});
export type AttachmentOwner = z.infer<typeof attachmentOwnerSchema>;

/**
 * Metadata of a stored file. The bytes live in content-addressed storage under `hash`;
 * records keep only this. `mediaType` comes from detectFileType (content), never from the name.
 */
export const attachmentMetaSchema = z.object({
  id: attachmentIdSchema,
  hash: sha256HexSchema,
  originalName: requiredText('Nama berkas', 255),
  mediaType: requiredText('Jenis berkas', 100),
  size: wholeNumber('Ukuran berkas', 0),
  kind: z.enum(ATTACHMENT_KINDS, { error: 'Pilih foto atau dokumen' }),
  caption: optionalText('Keterangan', 500).optional(),
  owner: attachmentOwnerSchema,
  /** Id of the round checklist item this file answers (e.g. 'profil-usaha'), if any. */
  checklistItemId: z.string().max(100).optional(),
  thumbnailHash: sha256HexSchema.optional(),
  createdAt: isoDateTimeSchema('Waktu dibuat'),
  deletedAt: isoDateTimeSchema('Waktu dihapus').optional(),
});
export type AttachmentMeta = z.infer<typeof attachmentMetaSchema>;
