import type { Nomination } from '@shared/domain/nomination/nomination';
import type { NominationInput } from '../../../db/repositories/nomination-repository';
import type { AppRepositories } from '../../../db/app-repositories';

/** Saves an edited or transitioned nomination; refused (StaleWriteError) if it changed meanwhile. */
export function saveNomination(repos: AppRepositories, before: Nomination, next: Nomination): Promise<Nomination> {
  const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...input } = next;
  return repos.nominations.update(before.id, input satisfies NominationInput, before.updatedAt);
}
