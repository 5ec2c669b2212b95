import {
  attachmentRepository,
  auditRepository,
  createBlobStore,
  createContext,
  enterpriseRepository,
  OvopDatabase,
  sentraRepository,
  settingsRepository,
  type AttachmentRepository,
  type AuditRepository,
  type EnterpriseRepository,
  type SentraRepository,
  type SettingsRepository,
} from '../../../db';

/** The repositories the register screens (Sentra IKM, IKM, user name) read and write. */
export interface RegisterRepositories {
  readonly sentras: SentraRepository;
  readonly enterprises: EnterpriseRepository;
  readonly attachments: AttachmentRepository;
  readonly settings: SettingsRepository;
  readonly audit: AuditRepository;
}

let current: RegisterRepositories | undefined;

/**
 * Thin adapter until the app provides one database for every feature: one lazily opened register
 * per window. Several Dexie instances on the same database see each other's writes.
 */
export function registerRepositories(): RegisterRepositories {
  if (!current) {
    const ctx = createContext(new OvopDatabase());
    current = {
      sentras: sentraRepository(ctx),
      enterprises: enterpriseRepository(ctx),
      attachments: attachmentRepository(ctx, createBlobStore(ctx.db)),
      settings: settingsRepository(ctx),
      audit: auditRepository(ctx),
    };
  }
  return current;
}
