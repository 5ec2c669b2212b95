import {
  attachmentMetaSchema,
  detectFileType,
  FILE_TYPE_MEDIA,
  type AttachmentKind,
  type AttachmentMeta,
  type AttachmentOwner,
} from '@shared/domain/attachment/attachment';
import { writeAudit } from '../registers/audit-writer';
import type { BlobStore } from '../blob-store';
import { nextTimestamp, type RepositoryContext } from '../context';
import { parseOrThrow } from '../registers/entity-store';
import { NotFoundError } from '../errors';
import {
  AttachmentUnavailableError,
  blobOnDemand,
  checkServerBlobLimit,
} from '../sync/remote-blobs';
import {
  RECORD_SCHEMA_VERSION,
  type AttachmentRecord,
  type ThumbnailRecord,
} from '../registers/records';

interface NewAttachment {
  readonly bytes: Uint8Array;
  readonly originalName: string;
  readonly kind: AttachmentKind;
  readonly owner: AttachmentOwner;
  readonly caption?: string;
  readonly checklistItemId?: string;
}

export interface AttachmentRepository {
  /** Stores the bytes (deduplicated by SHA-256) and the metadata; the type comes from the content. */
  add(input: NewAttachment): Promise<AttachmentMeta>;
  get(id: string): Promise<AttachmentMeta | undefined>;
  /** Live attachments of one owner, oldest first. */
  listByOwner(owner: AttachmentOwner): Promise<AttachmentMeta[]>;
  /** Live attachments of several owners in one read, oldest first (ties: by owner, then id). */
  listByOwners(owners: readonly AttachmentOwner[]): Promise<AttachmentMeta[]>;
  setCaption(id: string, caption: string): Promise<AttachmentMeta>;
  /** Which checklist requirement a document fulfils (`undefined`: none). */
  setChecklistItem(id: string, checklistItemId: string | undefined): Promise<AttachmentMeta>;
  softDelete(id: string): Promise<AttachmentMeta>;
  restore(id: string): Promise<AttachmentMeta>;
  /** The bytes (fetched from the server on first use when a server is configured), else undefined. */
  bytes(hash: string): Promise<Uint8Array | undefined>;
  /** Like `bytes`, but throws AttachmentUnavailableError saying why the bytes cannot be had now. */
  open(hash: string): Promise<Uint8Array>;
  /** Remembers the thumbnail made once for a source file (its bytes go to the blob store). */
  saveThumbnail(
    sourceHash: string,
    thumbnail: Uint8Array,
    width: number,
    height: number,
  ): Promise<ThumbnailRecord>;
  thumbnail(sourceHash: string): Promise<ThumbnailRecord | undefined>;
}

function fromRecord(record: AttachmentRecord): AttachmentMeta {
  const {
    ownerKey: _ownerKey,
    schemaVersion: _version,
    revision: _revision,
    live: _live,
    ...meta
  } = record;
  return meta;
}
const ownerKeyOf = (owner: AttachmentOwner): string => `${owner.type}:${owner.id}`;

export function attachmentRepository(
  ctx: RepositoryContext,
  blobs: BlobStore,
): AttachmentRepository {
  const { db } = ctx;
  const tables = [db.attachments, db.audit, db.settings];

  async function write(
    meta: AttachmentMeta,
    previous: AttachmentRecord | undefined,
    action: 'create' | 'update' | 'delete' | 'restore',
    at: string,
  ) {
    const record: AttachmentRecord = {
      ...meta,
      ownerKey: ownerKeyOf(meta.owner),
      schemaVersion: RECORD_SCHEMA_VERSION,
      revision: (previous?.revision ?? 0) + 1,
      live: meta.deletedAt === undefined ? 1 : 0,
    };
    await db.attachments.put(record);
    const changes = (['caption', 'checklistItemId'] as const)
      .map((field) => ({ field, before: previous?.[field] ?? null, after: meta[field] ?? null }))
      .filter((c, i) => i === 0 || c.before !== c.after);
    await writeAudit(ctx, {
      entity: 'attachment',
      entityId: meta.id,
      action,
      at,
      ...(action === 'update' ? { changes } : {}),
    });
  }

  async function change(
    id: string,
    action: 'update' | 'delete' | 'restore',
    edit: (m: AttachmentMeta, at: string) => unknown,
  ) {
    return db.transaction('rw', tables, async () => {
      const previous = await db.attachments.get(id);
      if (!previous) throw new NotFoundError('attachment', id);
      const at = nextTimestamp(ctx);
      const next = parseOrThrow(attachmentMetaSchema, edit(fromRecord(previous), at));
      await write(next, previous, action, at);
      return next;
    });
  }

  return {
    async add(input) {
      const type = detectFileType(input.bytes);
      // Validate the metadata before the bytes are stored, so a refused file leaves nothing behind.
      const at = nextTimestamp(ctx);
      const draft = {
        id: ctx.newId(),
        hash: '0'.repeat(64),
        originalName: input.originalName,
        mediaType: FILE_TYPE_MEDIA[type],
        size: input.bytes.byteLength,
        kind: input.kind,
        owner: input.owner,
        ...(input.caption !== undefined ? { caption: input.caption } : {}),
        ...(input.checklistItemId !== undefined ? { checklistItemId: input.checklistItemId } : {}),
        createdAt: at,
      };
      parseOrThrow(attachmentMetaSchema, draft);
      await checkServerBlobLimit(db, input.bytes.byteLength);
      const hash = await blobs.put(input.bytes);
      const meta = parseOrThrow(attachmentMetaSchema, { ...draft, hash });
      await db.transaction('rw', tables, () => write(meta, undefined, 'create', at));
      return meta;
    },
    get: async (id) => {
      const record = await db.attachments.get(id);
      return record ? fromRecord(record) : undefined;
    },
    async listByOwner(owner) {
      const rows = await db.attachments
        .where('[ownerKey+live]')
        .equals([ownerKeyOf(owner), 1])
        .sortBy('createdAt');
      return rows.map(fromRecord);
    },
    async listByOwners(owners) {
      const keys = [...new Set(owners.map(ownerKeyOf))].map((key) => [key, 1]);
      const rows = await db.attachments.where('[ownerKey+live]').anyOf(keys).sortBy('createdAt');
      return rows.map(fromRecord);
    },
    setCaption: (id, caption) => change(id, 'update', (m) => ({ ...m, caption })),
    setChecklistItem: (id, checklistItemId) =>
      change(id, 'update', (m) => {
        const { checklistItemId: _old, ...rest } = m;
        return checklistItemId === undefined ? rest : { ...rest, checklistItemId };
      }),
    softDelete: (id) => change(id, 'delete', (m, at) => ({ ...m, deletedAt: at })),
    restore: (id) => change(id, 'restore', (m) => ({ ...m, deletedAt: undefined })),
    bytes: (hash) =>
      blobOnDemand(db, blobs, hash).catch((error: unknown) => {
        if (error instanceof AttachmentUnavailableError) return undefined;
        throw error;
      }),
    open: (hash) => blobOnDemand(db, blobs, hash),
    async saveThumbnail(sourceHash, thumbnail, width, height) {
      const row: ThumbnailRecord = {
        sourceHash,
        thumbnailHash: await blobs.put(thumbnail),
        width,
        height,
      };
      await db.thumbnails.put(row);
      return row;
    },
    thumbnail: (sourceHash) => db.thumbnails.get(sourceHash),
  };
}
