import { createContext, OvopDatabase, type RepositoryContext } from '../../db';

/**
 * Adapter until the app provides one shared database object: import, export, backup and recovery
 * use one lazily created register connection per window (other features' instances see its writes).
 */
let ctx: RepositoryContext | undefined;

export function appContext(): RepositoryContext {
  ctx ??= createContext(new OvopDatabase());
  return ctx;
}

/** Opens the database; the promise rejects with Dexie's error when IndexedDB refuses (recovery shows it). */
export async function openAppDatabase(): Promise<RepositoryContext> {
  const c = appContext();
  await c.db.open();
  return c;
}
