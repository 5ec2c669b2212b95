import { createBlobStore } from '../../../db/blob-store';
import type { RepositoryContext } from '../../../db/context';
import {
  attachmentRepository,
  enterpriseRepository,
  nominationRepository,
  roundRepository,
  sentraRepository,
  type AttachmentRepository,
  type EnterpriseRepository,
  type NominationRepository,
  type RoundRepository,
  type SentraRepository,
} from '../../../db';
import { appContext } from '../../letter/letter-db';

/** The repositories Beranda reads (all reads; Beranda never writes). */
export interface DashboardRepositories {
  readonly ctx: RepositoryContext;
  readonly rounds: RoundRepository;
  readonly nominations: NominationRepository;
  readonly enterprises: EnterpriseRepository;
  readonly sentras: SentraRepository;
  readonly attachments: AttachmentRepository;
}

let pending: Promise<DashboardRepositories> | undefined;

/** Over the app's one register per window (the same context the letter screens use). */
export function dashboardRepositories(): Promise<DashboardRepositories> {
  pending ??= appContext().then((ctx) => ({
    ctx,
    rounds: roundRepository(ctx),
    nominations: nominationRepository(ctx),
    enterprises: enterpriseRepository(ctx),
    sentras: sentraRepository(ctx),
    attachments: attachmentRepository(ctx, createBlobStore(ctx.db)),
  }));
  pending.catch(() => (pending = undefined));
  return pending;
}
