import { createBlobStore } from '../../../db/blob-store';
import { createContext, type RepositoryContext } from '../../../db/context';
import { OvopDatabase } from '../../../db/database';
import { attachmentRepository, type AttachmentRepository } from '../../../db/repositories/attachment-repository';
import { enterpriseRepository, type EnterpriseRepository } from '../../../db/repositories/enterprise-repository';
import { nominationRepository, type NominationRepository } from '../../../db/repositories/nomination-repository';
import { roundRepository, type RoundRepository } from '../../../db/repositories/round-repository';
import { sentraRepository, type SentraRepository } from '../../../db/repositories/sentra-repository';
import { settingsRepository, type SettingsRepository } from '../../../db/repositories/settings-repository';

/** The repositories the Usulan and Periode screens read and write. */
export interface NominationRepositories {
  readonly ctx: RepositoryContext;
  readonly rounds: RoundRepository;
  readonly nominations: NominationRepository;
  readonly enterprises: EnterpriseRepository;
  readonly sentras: SentraRepository;
  readonly attachments: AttachmentRepository;
  readonly settings: SettingsRepository;
}

export function buildRepositories(ctx: RepositoryContext): NominationRepositories {
  return {
    ctx,
    rounds: roundRepository(ctx),
    nominations: nominationRepository(ctx),
    enterprises: enterpriseRepository(ctx),
    sentras: sentraRepository(ctx),
    attachments: attachmentRepository(ctx, createBlobStore(ctx.db)),
    settings: settingsRepository(ctx),
  };
}

let current: NominationRepositories | undefined;

/**
 * Adapter until the app provides one database for every feature: one lazily opened register per
 * window. Dexie opens on first use; several Dexie instances on the same database see each other's
 * writes (live queries included), so this coexists with other features' instances.
 */
export function appRepositories(): NominationRepositories {
  current ??= buildRepositories(createContext(new OvopDatabase()));
  return current;
}

/** Tests swap in repositories over a fake database. */
export function setAppRepositories(repos: NominationRepositories | undefined): void {
  current = repos;
}
