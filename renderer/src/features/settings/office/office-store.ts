import type { OfficeProfile } from '@shared/domain/office';
import type { RepositoryContext } from '../../../db/context';
import { officeRepository, type StoredOffice } from '../../../db/repositories/office-repository';

export { type StoredOffice } from '../../../db/repositories/office-repository';

/** Shorthands over the db layer's office repository (kept for the screens that take a context). */
export function loadOffice(ctx: RepositoryContext): Promise<StoredOffice> {
  return officeRepository(ctx).get();
}

export function saveOffice(ctx: RepositoryContext, profile: OfficeProfile): Promise<OfficeProfile> {
  return officeRepository(ctx).save(profile);
}
