import type { OvopDatabase } from './database';

/**
 * What every repository needs besides the database: a clock and an id generator (parameters so
 * tests are deterministic) and the name of the person using this PC (for the audit trail).
 */
export interface RepositoryContext {
  readonly db: OvopDatabase;
  readonly now: () => Date;
  readonly newId: () => string;
}

export function createContext(
  db: OvopDatabase,
  overrides: Partial<Omit<RepositoryContext, 'db'>> = {},
): RepositoryContext {
  return {
    db,
    now: overrides.now ?? (() => new Date()),
    newId: overrides.newId ?? (() => crypto.randomUUID()),
  };
}

/** ISO time strictly after `previous` (two saves in one millisecond still get distinct stamps). */
export function nextTimestamp(ctx: RepositoryContext, previous?: string): string {
  const now = ctx.now().getTime();
  const floor = previous ? Date.parse(previous) + 1 : now;
  return new Date(Math.max(now, floor)).toISOString();
}

export const USER_NAME_KEY = 'userName';
/** Used when nobody has entered a name yet (the audit still records something honest). */
const UNKNOWN_USER = 'Pengguna tanpa nama';

/** The named user of this PC, read inside the caller's transaction. */
export async function currentUser(db: OvopDatabase): Promise<string> {
  const row = await db.settings.get(USER_NAME_KEY);
  return typeof row?.value === 'string' && row.value.trim() ? row.value.trim() : UNKNOWN_USER;
}
