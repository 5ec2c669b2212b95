import {
  defaultOfficeProfile,
  officeProfileSchema,
  type OfficeProfile,
} from '@shared/domain/office';
import { OFFICE_LABEL_KEY, writeAudit } from '../registers/audit-writer';
import { nextTimestamp, type RepositoryContext } from '../context';
import { ValidationError } from '../errors';
import type { OvopDatabase } from '../database';
import { DEFAULT_OFFICE_ID } from '../migrations/0002-letter-register';
import { LEGACY_OFFICE_ID, OFFICE_ID_KEY } from '../migrations/0007-office-identity';

/** The app serves one Dinas; its profile is the row `kantor` of the `offices` table. */
const OFFICE_ROW_KEY = DEFAULT_OFFICE_ID;

/**
 * This installation's office id (settings `officeId`, generated once per register, see migration
 * 0007). Letters carry it, so letters that arrive from another office stay that office's. Before
 * the profile is saved or a letter made nothing refers to it, and `kantor` stands in.
 */
export async function ownOfficeId(db: OvopDatabase): Promise<string> {
  const value = (await db.settings.get(OFFICE_ID_KEY))?.value;
  return typeof value === 'string' && value !== '' ? value : LEGACY_OFFICE_ID;
}

/** The office id, generated with `ctx.newId` when there is none yet; call inside a rw transaction over settings. */
export async function ensureOfficeId(ctx: RepositoryContext): Promise<string> {
  const value = (await ctx.db.settings.get(OFFICE_ID_KEY))?.value;
  if (typeof value === 'string' && value !== '') return value;
  const id = ctx.newId();
  await ctx.db.settings.put({ key: OFFICE_ID_KEY, value: id });
  return id;
}

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
      const [row, id] = await Promise.all([db.offices.get(OFFICE_ROW_KEY), ownOfficeId(db)]);
      if (!row) return { profile: defaultOfficeProfile(id), complete: false };
      const stored = typeof row.profile === 'object' && row.profile !== null ? row.profile : {};
      const parsed = officeProfileSchema.safeParse({ ...stored, id });
      if (parsed.success) return { profile: parsed.data, complete: true, updatedAt: row.updatedAt };
      const merged = { ...defaultOfficeProfile(id), ...stored, id } as OfficeProfile;
      return { profile: merged, complete: false, updatedAt: row.updatedAt };
    },
    async save(profile) {
      const valid = officeProfileSchema.safeParse(profile);
      if (!valid.success) throw ValidationError.fromZod(valid.error);
      return db.transaction('rw', [db.offices, db.audit, db.settings], async () => {
        const parsed = { data: { ...valid.data, id: await ensureOfficeId(ctx) } };
        const before = await db.offices.get(OFFICE_ROW_KEY);
        const at = nextTimestamp(ctx, before?.updatedAt);
        await db.offices.put({ id: OFFICE_ROW_KEY, profile: parsed.data, updatedAt: at });
        await db.settings.put({
          key: OFFICE_LABEL_KEY,
          value: `${parsed.data.officeName} (${parsed.data.regionName})`,
        });
        await writeAudit(ctx, {
          entity: 'office',
          entityId: parsed.data.id,
          action: before ? 'update' : 'create',
          at,
          changes: [{ field: 'profile', before: before?.profile, after: parsed.data }],
        });
        return parsed.data;
      });
    },
  };
}
