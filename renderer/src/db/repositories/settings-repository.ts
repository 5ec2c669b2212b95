import { z } from 'zod';
import { writeAudit } from '../registers/audit-writer';
import { currentUser, nextTimestamp, USER_NAME_KEY, type RepositoryContext } from '../context';
import { ValidationError } from '../errors';

const userNameSchema = z
  .string()
  .trim()
  .min(1, 'Nama pengguna wajib diisi')
  .max(100, 'Nama pengguna paling panjang 100 karakter');

export interface SettingsRepository {
  /** The named user of this PC (shown in the audit trail); a placeholder until one is set. */
  userName(): Promise<string>;
  setUserName(name: string): Promise<void>;
  /** A setting parsed with its schema; `fallback` when missing or no longer valid. */
  get<T>(key: string, schema: z.ZodType<T>, fallback: T): Promise<T>;
  /** Validates with the schema, stores, and audits the change. */
  set<T>(key: string, schema: z.ZodType<T>, value: T): Promise<void>;
}

export function settingsRepository(ctx: RepositoryContext): SettingsRepository {
  const { db } = ctx;
  async function set<T>(key: string, schema: z.ZodType<T>, value: T): Promise<void> {
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw ValidationError.fromZod(parsed.error);
    await db.transaction('rw', db.settings, db.audit, async () => {
      const before = (await db.settings.get(key))?.value;
      await db.settings.put({ key, value: parsed.data });
      await writeAudit(ctx, {
        entity: 'setting',
        entityId: key,
        action: before === undefined ? 'create' : 'update',
        at: nextTimestamp(ctx),
        changes: [{ field: key, before, after: parsed.data }],
      });
    });
  }
  return {
    userName: () => currentUser(db),
    setUserName: (name) => set(USER_NAME_KEY, userNameSchema, name),
    async get(key, schema, fallback) {
      const row = await db.settings.get(key);
      const parsed = schema.safeParse(row?.value);
      return parsed.success ? parsed.data : fallback;
    },
    set,
  };
}
