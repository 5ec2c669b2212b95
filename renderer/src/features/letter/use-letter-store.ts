import { useRepositories } from '../../db';
import type { RepositoryContext } from '../../db/context';
import type { LetterStore } from './letter-store';

/** The letter repository of the window's one register (opened before the app renders). */
export function useLetterStore(): { store?: LetterStore; ctx?: RepositoryContext; error?: string } {
  const repos = useRepositories();
  return { store: repos.letters, ctx: repos.ctx };
}

export { errorText } from '../../ui/error-text';
