import {
  defaultOfficeProfile,
  officeProfileSchema,
  type OfficeProfile,
} from '@shared/domain/office';
import { writeAudit } from '../registers/audit-writer';
import { nextTimestamp, type RepositoryContext } from '../context';
import { ValidationError } from '../errors';
import { DEFAULT_OFFICE_ID } from '../migrations/0002-letter-register';

/** The app serves one Dinas; its profile is the row `kantor` of the `offices` table. */
export const OFFICE_ID = DEFAULT_OFFICE_ID;

export interface StoredOffice {
  profile: OfficeProfile;
  /** False until a profile passing the schema has been saved. */
  complete: boolean;
  updatedAt?: string;
}

export interface OfficeRepository {
  /** The stored profile; the defaults (blank fields, letters.md layout) until one is saved. */
  get(): Promise<StoredOffice>;
  /**
   * Validates and stores the profile with an audit row. Letters already final keep the snapshot they
   * were made with, so a change here only reaches drafts and new letters.
   */
  save(profile: OfficeProfile): Promise<OfficeProfile>;
}

export function officeRepository(ctx: RepositoryContext): OfficeRepository {
  const { db } = ctx;
  return {
    async get() {
      const row = await db.offices.get(OFFICE_ID);
      if (!row) return { profile: defaultOfficeProfile(OFFICE_ID), complete: false };
      const parsed = officeProfileSchema.safeParse(row.profile);
      if (parsed.success) return { profile: parsed.data, complete: true, updatedAt: row.updatedAt };
      const merged = {
        ...defaultOfficeProfile(OFFICE_ID),
        ...(typeof row.profile === 'object' && row.profile !== null ? row.profile : {}),
      } as OfficeProfile;
      return { profile: merged, complete: false, updatedAt: row.updatedAt };
    },
    async save(profile) {
      const parsed = officeProfileSchema.safeParse({ ...profile, id: OFFICE_ID });
      if (!parsed.success) throw ValidationError.fromZod(parsed.error);
      await db.transaction('rw', [db.offices, db.audit, db.settings], async () => {
        const before = await db.offices.get(OFFICE_ID);
        const at = nextTimestamp(ctx, before?.updatedAt);
        await db.offices.put({ id: OFFICE_ID, profile: parsed.data, updatedAt: at });
        await writeAudit(ctx, {
          entity: 'office',
          entityId: OFFICE_ID,
          action: before ? 'update' : 'create',
          at,
          changes: [{ field: 'profile', before: before?.profile, after: parsed.data }],
        });
      });
      return parsed.data;
    },
  };
}
