import { appRepositories } from '../../db/app-repositories';
import type { RepositoryContext } from '../../db/context';
import type { LetterStore } from './letter-store';

/** The letter repository of the window's one register (opened before the app renders). */
export function useLetterStore(): { store?: LetterStore; ctx?: RepositoryContext; error?: string } {
  const repos = appRepositories();
  return { store: repos.letters, ctx: repos.ctx };
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
