import { createBlobStore, type BlobStore } from './blob-store';
import { createContext, type RepositoryContext } from './context';
import { DATABASE_NAME, DATABASE_VERSION, openDatabase } from './database';
import { desktopPreUpgradeWriter, snapshotBeforeUpgrade } from './safety/pre-upgrade-snapshot';
import {
  attachmentRepository,
  type AttachmentRepository,
} from './repositories/attachment-repository';
import { auditRepository, type AuditRepository } from './repositories/audit-repository';
import {
  enterpriseRepository,
  type EnterpriseRepository,
} from './repositories/enterprise-repository';
import { letterRepository, type LetterRepository } from './repositories/letter-repository';
import {
  nominationRepository,
  type NominationRepository,
} from './repositories/nomination-repository';
import { officeRepository, type OfficeRepository } from './repositories/office-repository';
import { roundRepository, type RoundRepository } from './repositories/round-repository';
import { sentraRepository, type SentraRepository } from './repositories/sentra-repository';
import { settingsRepository, type SettingsRepository } from './repositories/settings-repository';
import { blobsOnDemand } from './sync/remote-blobs';

/** Every repository of the app, over ONE database connection per window. */
export interface AppRepositories {
  readonly ctx: RepositoryContext;
  readonly blobs: BlobStore;
  /** The same files, fetched from the shared register's server on first use (outputs read these). */
  readonly blobsOnDemand: BlobStore;
  /** False when the browser may evict the register under storage pressure (settings can warn). */
  readonly persisted: boolean;
  readonly sentras: SentraRepository;
  readonly enterprises: EnterpriseRepository;
  readonly attachments: AttachmentRepository;
  readonly rounds: RoundRepository;
  readonly nominations: NominationRepository;
  readonly audit: AuditRepository;
  readonly settings: SettingsRepository;
  readonly letters: LetterRepository;
  readonly office: OfficeRepository;
  /**
   * Runs `work` (repository calls only) as ONE read-write transaction over the register: all of its
   * writes are kept, or none when it throws. `work` must await nothing but repository calls (a
   * timer, fetch or file dialog would end the IndexedDB transaction early).
   */
  atomically<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Runs `work` (repository reads only) as ONE read transaction over the register: one consistent
   * view, without a transaction opened per read. Like `atomically`, `work` awaits nothing else.
   */
  readTogether<T>(work: () => Promise<T>): Promise<T>;
}

/** All repositories over `ctx` (tests pass a fake-indexeddb context and an IndexedDB blob store). */
export function buildAppRepositories(
  ctx: RepositoryContext,
  blobs: BlobStore = createBlobStore(ctx.db),
  persisted = false,
): AppRepositories {
  return {
    ctx,
    blobs,
    blobsOnDemand: blobsOnDemand(ctx.db, blobs),
    persisted,
    sentras: sentraRepository(ctx),
    enterprises: enterpriseRepository(ctx),
    attachments: attachmentRepository(ctx, blobs),
    rounds: roundRepository(ctx),
    nominations: nominationRepository(ctx),
    audit: auditRepository(ctx),
    settings: settingsRepository(ctx),
    letters: letterRepository(ctx, blobs),
    office: officeRepository(ctx),
    atomically: (work) => ctx.db.transaction('rw', ctx.db.tables, work),
    readTogether: (work) => ctx.db.transaction('r', ctx.db.tables, work),
  };
}

let current: AppRepositories | undefined;
let opening: Promise<AppRepositories> | undefined;

/**
 * Opens the register once for this window (refusing one written by a newer app, asking the browser
 * to persist it). main.tsx awaits this before rendering and hands the repositories to `RepositoriesProvider`.
 * A failed open is not cached: calling again retries.
 */
export function initAppDatabase(): Promise<AppRepositories> {
  if (current) return Promise.resolve(current);
  opening ??= snapshotBeforeOpening()
    .then(() => openDatabase())
    .then(
      ({ db, persisted }) =>
        setWindowRepositories(buildAppRepositories(createContext(db), undefined, persisted)),
      (error: unknown) => {
        opening = undefined;
        throw error;
      },
    );
  return opening;
}

/** Desktop: snapshot an older register before openDatabase() upgrades it (a failed write stops start-up). */
async function snapshotBeforeOpening(): Promise<void> {
  const writer = desktopPreUpgradeWriter();
  if (writer)
    await snapshotBeforeUpgrade({ name: DATABASE_NAME, targetVersion: DATABASE_VERSION, writer });
}

/** Makes `repos` the window's repositories (initAppDatabase does this once the register is open). */
function setWindowRepositories(repos: AppRepositories): AppRepositories {
  current = repos;
  opening = undefined;
  return repos;
}
