// The renderer's data layer. UI code imports from here (never from 'dexie' or ./database).
export {
  DATABASE_NAME,
  DATABASE_VERSION,
  NEWER_DATABASE_MESSAGE,
  REGISTER_TABLES,
} from './database';
export type { RegisterTableName } from './database';
export { createContext, UNKNOWN_USER, type RepositoryContext } from './context';
export {
  DuplicateNibError,
  NotFoundError,
  STALE_MESSAGE,
  StaleWriteError,
  ValidationError,
  type FieldIssue,
} from './errors';
export type { EntityStore } from './entity-store';
export type { Page, PageRequest, RowScope, SortDirection } from './paging';
export type { SizeClass } from './records';
export {
  blobStoreOf,
  createBlobStore,
  desktopBlobStore,
  indexedDbBlobStore,
  sha256Hex,
  type BlobStore,
} from './blob-store';
export { runBulkImport, runImport } from './import-journal';
export {
  exportAll,
  exportAllOf,
  restoreAll,
  SNAPSHOT_FORMAT,
  type RegisterSnapshot,
} from './snapshot';
export {
  BACKUP_FORMAT_VERSION,
  checkSnapshotIntegrity,
  snapshotDigest,
  TAMPERED_MESSAGE,
  type BackupManifest,
} from './snapshot-manifest';
export {
  clearRestoreAttempt,
  unfinishedRestore,
  type RestoreAttemptRecord,
} from './restore-attempt';
export {
  detectLoss,
  ensureMarker,
  recordSnapshot,
  tableCounts,
  type LossState,
  type SnapshotManifest,
} from './marker';
export {
  sentraRepository,
  type SentraFilter,
  type SentraRepository,
  type SentraRow,
  type SentraSortField,
} from './repositories/sentra-repository';
export {
  enterpriseRepository,
  type EnterpriseFilter,
  type EnterpriseRepository,
  type EnterpriseRow,
  type EnterpriseSortField,
} from './repositories/enterprise-repository';
export type { ProductStore } from './repositories/product-store';
export type { BulkChildren } from './repositories/enterprise-bulk';
export {
  attachmentRepository,
  type AttachmentRepository,
  type NewAttachment,
} from './repositories/attachment-repository';
export { roundRepository, type RoundRepository } from './repositories/round-repository';
export {
  nominationRepository,
  type NominationFilter,
  type NominationInput,
  type NominationRepository,
} from './repositories/nomination-repository';
export { auditRepository, type AuditRepository } from './repositories/audit-repository';
export { settingsRepository, type SettingsRepository } from './repositories/settings-repository';
export {
  officeRepository,
  OFFICE_ID,
  type OfficeRepository,
  type StoredOffice,
} from './repositories/office-repository';
export {
  FinalCheckError,
  letterRepository,
  localIsoDate,
  type LetterRepository,
  type RenderFinalPdf,
  type SignedCopyResult,
} from './repositories/letter-repository';
export { letterFromRecord, letterToRecord } from './letter-record';
export { registerEntryOf, type LetterRegisterEntry } from './letter-register';
export {
  appRepositories,
  buildAppRepositories,
  initAppDatabase,
  type AppRepositories,
} from './app-repositories';
export { RepositoriesProvider, useRepositories } from './repositories-provider';
export { useLive, type LiveState } from './live';
export { SyncEngine, syncEngineOf, type SyncStatus } from './sync/sync-engine';
export type { TokenStore } from './sync/token-store';
export type { SyncConflictRecord } from './records';
