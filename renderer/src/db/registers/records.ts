import type { ReceivedBundle } from '@shared/bundle/received-bundle';
import type { AttachmentMeta } from '@shared/domain/attachment/attachment.schema';
import type { AuditEntry } from '@shared/domain/audit/audit.schema';
import type { AwardRecord } from '@shared/domain/award/award.schema';
import type { Commodity } from '@shared/domain/common/commodity';
import type { Credential } from '@shared/domain/credential/credential.schema';
import type { Enterprise, SizeClass } from '@shared/domain/enterprise/enterprise';
import type { Letter } from '@shared/domain/letter/letter';
import type { Nomination } from '@shared/domain/nomination/nomination.schema';
import type { Product } from '@shared/domain/product/product.schema';
import type { Round } from '@shared/domain/round/round.schema';
import type { Sentra, SentraDecree } from '@shared/domain/sentra/sentra.schema';

/**
 * Stored shapes. Domain values already use ISO strings; a record adds what storage needs:
 * `schemaVersion` (the record layout it was written with), `revision` (bumped on every write, the
 * optimistic-lock counter), `live` (1 = not deleted; IndexedDB cannot index `undefined`, so the
 * compound grid indexes start with this number) and denormalised search keys.
 */
export const RECORD_SCHEMA_VERSION = 1;

export interface StoredMeta {
  readonly schemaVersion: number;
  readonly revision: number;
  readonly live: 0 | 1;
}

/** Lower-cased, accent-free name used for prefix search and name sorting. */
interface Searchable {
  readonly nameKey: string;
  /**
   * Distinct words of the name (and owner for IKM): the sentra store's `*words` multi-entry index;
   * the in-memory search index reads it for both stores (IKM have no IndexedDB index on it since
   * version 9).
   */
  readonly words: readonly string[];
}

/** Permenperin 64/2016 size class (shared/domain/enterprise), kept on the record for the grid filter. */
export type { SizeClass };

export type SentraRecord = Sentra &
  StoredMeta &
  Searchable & {
    readonly kabKotaCode: string;
    /** Registered live IKM pointing at this sentra; updated in the same transaction as the IKM. */
    readonly enterpriseCount: number;
  };

export type DecreeRecord = SentraDecree & StoredMeta;

export type EnterpriseRecord = Enterprise &
  StoredMeta &
  Searchable & {
    readonly kabKotaCode: string;
    /** Commodity of the IKM's first live product; absent until a product exists. */
    readonly commodity?: Commodity;
    readonly sizeClass: SizeClass;
  };

export type ProductRecord = Product & StoredMeta;
export type CredentialRecord = Credential & StoredMeta;
export type AwardRecordStored = AwardRecord & StoredMeta;
export type RoundRecord = Round & StoredMeta;
export type NominationRecord = Nomination & StoredMeta;

/** Attachment metadata; `ownerKey` = `${owner.type}:${owner.id}` for the per-owner index. */
export type AttachmentRecord = AttachmentMeta & StoredMeta & { readonly ownerKey: string };

export type AuditRecord = AuditEntry;

/** Browser-mode attachment bytes, content-addressed. */
export interface BlobRecord {
  readonly hash: string;
  readonly bytes: Uint8Array;
  readonly size: number;
  /** CRC-32 of `bytes`, computed when stored; absent on rows stored before it was kept. */
  readonly crc32?: number;
}

/** Thumbnail generated once per source file; the thumbnail bytes live in the blob store. */
export interface ThumbnailRecord {
  readonly sourceHash: string;
  readonly thumbnailHash: string;
  readonly width: number;
  readonly height: number;
}

export interface SettingRecord {
  readonly key: string;
  readonly value: unknown;
}

/** The Dinas using the app. Its full profile schema lives in shared/domain/office. */
export interface OfficeRecord {
  readonly id: string;
  readonly profile: unknown;
  readonly updatedAt: string;
}

/**
 * A letter as stored (layout 2, migration 0002): the whole domain `Letter` validated by
 * `letter-record.ts`, plus the ids of the nominations its lampiran lists (multi-entry index, so the
 * Usulan page finds "the letter listing this nomination" in one read) and the cancellation reason.
 */
export type LetterRecord = Letter & {
  readonly schemaVersion: number;
  readonly nominationIds: readonly string[];
  readonly cancelReason?: string;
};

/**
 * One claimed letter number. Written once, in the same transaction that makes the letter final, and
 * never deleted (a cancelled letter keeps its number as *batal*). `sequence` is the `{urut}` of the
 * number within the office's year; `[officeId+year+sequence]` is unique.
 */
export interface LetterRegisterRecord {
  readonly seq?: number;
  readonly officeId: string;
  readonly year: number;
  readonly sequence: number;
  readonly number: string;
  readonly letterId: string;
  readonly at: string;
}

type ImportStatus = 'committed';

/** One row per committed import, written in the import's own transaction. */
export interface ImportJournalRecord {
  readonly id: string;
  readonly at: string;
  readonly user: string;
  readonly kind: string;
  readonly rowCount: number;
  readonly status: ImportStatus;
  /** For an exchange bundle: who sent it and what it carried (the province's consolidated view). */
  readonly bundle?: ReceivedBundle;
}

/** Single row (id 'register') used by recovery: which register this is and how big it was. */
export interface MarkerRecord {
  readonly id: 'register';
  readonly registerId: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly lastSnapshotId?: string;
  readonly updatedAt: string;
}

/**
 * Single row (id 'enterprises') of `registerStats`, kept in step with every IKM write in the same
 * transaction (db/register-stats.ts): live and deleted rows, live rows per kab/kota and commodity.
 * Not part of the register's snapshots: it is derived, and recounted when missing.
 */
export interface RegisterStatsRecord {
  id: 'enterprises';
  live: number;
  deleted: number;
  /** Live IKM per kab/kota code ('' for an IKM without a region). */
  byKabKota: Record<string, number>;
  byCommodity: Record<string, number>;
}

/**
 * A row of `registerStats` (id `rows:<store>`) holding one store's row count, kept in step with its
 * writes (db/registers/kept-row-counts.ts). Derived like the IKM counts: not in snapshots.
 */
export interface KeptRowCountRecord {
  id: `rows:${string}`;
  rows: number;
}

/** One local change waiting for the server (db/sync/outbox-middleware.ts). */
export interface OutboxRecord {
  /** The mutation id: auto-incremented, so it only grows on this PC. */
  readonly seq?: number;
  readonly kind: string;
  readonly id: string;
  readonly op: 'put' | 'delete';
  /** Changed fields of the record (all of them for a new one); `null` removes a field. */
  readonly changes?: Record<string, unknown>;
  /** The server version of the record this PC had seen when the change was made (0: none). */
  readonly baseVersion: number;
}

export interface SyncStateRecord {
  readonly key: string;
  readonly value: unknown;
}

/** The server version of one record as this PC last saw it; `key` = `${kind}:${id}`. */
export interface SyncVersionRecord {
  readonly key: string;
  readonly version: number;
}

/** An open conflict as the server listed it. */
export interface SyncConflictRecord {
  readonly id: string;
  readonly kind: string;
  readonly recordId: string;
  readonly field: string;
  readonly keptValue: unknown;
  readonly keptBy: string;
  readonly otherValue: unknown;
  readonly otherBy: string;
  readonly at: string;
}
