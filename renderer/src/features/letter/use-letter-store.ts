import { useEffect, useState } from 'react';
import type { RepositoryContext } from '../../db/context';
import { appContext } from './letter-db';
import { letterStore, type LetterStore } from './letter-store';

/** The letter store over the app's register, once the database is open. */
export function useLetterStore(): { store?: LetterStore; ctx?: RepositoryContext; error?: string } {
  const [state, setState] = useState<{ store?: LetterStore; ctx?: RepositoryContext; error?: string }>({});
  useEffect(() => {
    appContext().then(
      (ctx) => setState({ ctx, store: letterStore(ctx) }),
      (e: unknown) => setState({ error: e instanceof Error ? e.message : String(e) }),
    );
  }, []);
  return state;
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
