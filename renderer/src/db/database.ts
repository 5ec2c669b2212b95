import Dexie, { type Table } from 'dexie';
import { applyVersion1 } from './migrations/0001-initial';
import { applyVersion2 } from './migrations/0002-letter-register';
import { applyVersion3 } from './migrations/0003-lean-enterprise-indexes';
import { applyVersion4 } from './migrations/0004-register-stats';
import { applyVersion5 } from './migrations/0005-sync';
import { applyVersion7 } from './migrations/0007-office-identity';
import { applyVersion8 } from './migrations/0008-import-audit';
import { applyVersion9 } from './migrations/0009-enterprise-words-index';
import { registerStatsMiddleware } from './registers/register-stats';
import { outboxMiddleware } from './sync/outbox-middleware';
import type {
  AttachmentRecord,
  AuditRecord,
  AwardRecordStored,
  BlobRecord,
  CredentialRecord,
  DecreeRecord,
  EnterpriseRecord,
  ImportJournalRecord,
  KeptRowCountRecord,
  LetterRecord,
  LetterRegisterRecord,
  MarkerRecord,
  NominationRecord,
  OfficeRecord,
  OutboxRecord,
  ProductRecord,
  RegisterStatsRecord,
  RoundRecord,
  SentraRecord,
  SettingRecord,
  SyncConflictRecord,
  SyncStateRecord,
  SyncVersionRecord,
  ThumbnailRecord,
} from './registers/records';

export const DATABASE_NAME = 'ovop-desk';

/** The newest schema version this code writes (keep equal to the last applyVersionN below). */
export const DATABASE_VERSION = 9;

export const NEWER_DATABASE_MESSAGE =
  'Data register ini dibuat oleh versi OVOP Desk yang lebih baru. Pasang versi terbaru aplikasi; data tidak diubah.';

/**
 * Tables are typed `Table<Record, string>`: keys are plain strings at storage level (ids are branded
 * only in the domain).
 *
 * The register. Every `version()` stays here for ever, each in its own numbered migration file;
 * opened with strict durability so a committed transaction is on disk before it reports success.
 */
export class OvopDatabase extends Dexie {
  offices!: Table<OfficeRecord, string>;
  settings!: Table<SettingRecord, string>;
  sentras!: Table<SentraRecord, string>;
  decrees!: Table<DecreeRecord, string>;
  enterprises!: Table<EnterpriseRecord, string>;
  products!: Table<ProductRecord, string>;
  credentials!: Table<CredentialRecord, string>;
  attachments!: Table<AttachmentRecord, string>;
  blobs!: Table<BlobRecord, string>;
  thumbnails!: Table<ThumbnailRecord, string>;
  awards!: Table<AwardRecordStored, string>;
  rounds!: Table<RoundRecord, string>;
  nominations!: Table<NominationRecord, string>;
  letters!: Table<LetterRecord, string>;
  letterRegister!: Table<LetterRegisterRecord, number>;
  audit!: Table<AuditRecord, string>;
  importJournal!: Table<ImportJournalRecord, string>;
  marker!: Table<MarkerRecord, string>;
  registerStats!: Table<RegisterStatsRecord | KeptRowCountRecord, string>;
  outbox!: Table<OutboxRecord, number>;
  syncState!: Table<SyncStateRecord, string>;
  syncVersions!: Table<SyncVersionRecord, string>;
  syncConflicts!: Table<SyncConflictRecord, string>;

  constructor(name: string = DATABASE_NAME) {
    super(name, { chromeTransactionDurability: 'strict' });
    applyVersion1(this);
    applyVersion2(this);
    applyVersion3(this);
    applyVersion4(this);
    applyVersion5(this);
    applyVersion7(this);
    applyVersion8(this);
    applyVersion9(this);
    this.use(registerStatsMiddleware);
    this.use(outboxMiddleware);
    // Dexie 4 opens a database of a higher version than declared; older code must never write to
    // a register upgraded by a newer app (it would not know the new invariants), so refuse it.
    // Dexie stores version N as native version N × 10 (+ small bumps of its own), and keeps
    // `verno` at the declared number, so read the native one.
    this.on('ready', () => {
      if (Math.floor(this.backendDB().version / 10) > DATABASE_VERSION) {
        this.close();
        return Promise.reject(new Error(NEWER_DATABASE_MESSAGE));
      }
      return undefined;
    });
  }
}

/** Tables that make up the register (exported, restored, counted by the marker). */
export const REGISTER_TABLES = [
  'offices',
  'settings',
  'sentras',
  'decrees',
  'enterprises',
  'products',
  'credentials',
  'attachments',
  'blobs',
  'thumbnails',
  'awards',
  'rounds',
  'nominations',
  'letters',
  'letterRegister',
  'audit',
  'importJournal',
] as const satisfies readonly (keyof OvopDatabase)[];
export type RegisterTableName = (typeof REGISTER_TABLES)[number];

/**
 * Opens the register and asks the browser to keep it (not evict it under storage pressure).
 * Returns whether persistence was granted; the UI may warn when it was not.
 */
export async function openDatabase(
  name: string = DATABASE_NAME,
): Promise<{ db: OvopDatabase; persisted: boolean }> {
  const db = new OvopDatabase(name);
  // Asked while the database opens, not after: neither waits for the other.
  const persist =
    typeof navigator !== 'undefined' && navigator.storage?.persist
      ? navigator.storage.persist().catch(() => false)
      : Promise.resolve(false);
  await db.open();
  return { db, persisted: await persist };
}
