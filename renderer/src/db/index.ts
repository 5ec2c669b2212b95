// The renderer's data layer. UI code imports from here (never from 'dexie' or ./database).
export { NEWER_DATABASE_MESSAGE, REGISTER_TABLES } from './database';
export { createContext, type RepositoryContext } from './context';
export { DuplicateNibError, StaleWriteError, ValidationError } from './errors';
export { blobStoreOf, sha256Hex, type BlobStore, type StoredBlob } from './blob-store';
export { runBulkImport, runImport } from './safety/import-journal';
export type { ImportJournalRecord } from './registers/records';
export {
  readBundleData,
  receivedBundles,
  writeBundleRows,
  type BundleWrite,
} from './exchange/bundle-tables';
export { findRegisterDuplicates, mergeRegisterDuplicates } from './exchange/duplicate-merge';
export {
  exportAll,
  exportAllOf,
  restoreAll,
  SNAPSHOT_FORMAT,
  type RegisterSnapshot,
} from './safety/snapshot';
export { checkSnapshotIntegrity, TAMPERED_MESSAGE } from './safety/snapshot-manifest';
export {
  clearRestoreAttempt,
  unfinishedRestore,
  type RestoreAttemptRecord,
} from './safety/restore-attempt';
export {
  detectLoss,
  ensureMarker,
  lossCheckCounts,
  recordSnapshot,
  type LossState,
  type SnapshotManifest,
} from './safety/marker';
export {
  sentraRepository,
  type SentraFilter,
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
export type { BulkChildren } from './repositories/enterprise-bulk';
export { type AttachmentRepository } from './repositories/attachment-repository';
export { type NominationFilter, type NominationInput } from './repositories/nomination-repository';
export { settingsRepository, type SettingsRepository } from './repositories/settings-repository';
export { type StoredOffice } from './repositories/office-repository';
export {
  FinalCheckError,
  localIsoDate,
  type LetterRepository,
} from './repositories/letter-repository';
export { letterToRecord } from './registers/letter-record';
export { type AppRepositories } from './app-repositories';
export { RepositoriesProvider, useRepositories } from './repositories-provider';
export { useLive, type LiveState } from './live';
export { groupedBy } from './grouped-by';
export { SyncEngine, syncEngineOf, type SyncStatus } from './sync/sync-engine';
export { PULL_PAGE } from './sync/pull';
export { AttachmentTooLargeError, AttachmentUnavailableError } from './sync/remote-blobs';
export type { SyncConflictRecord } from './registers/records';
