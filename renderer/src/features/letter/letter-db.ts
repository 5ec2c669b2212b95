import { createContext, type RepositoryContext } from '../../db/context';
import { openDatabase } from '../../db/database';

let pending: Promise<RepositoryContext> | undefined;

/** The app's register opened once per window; letters and the office profile read through it. */
export function appContext(): Promise<RepositoryContext> {
  pending ??= openDatabase().then(({ db }) => createContext(db));
  pending.catch(() => (pending = undefined));
  return pending;
}
