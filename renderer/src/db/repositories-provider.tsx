import { createContext, useContext, type ReactNode } from 'react';
import type { AppRepositories } from './app-repositories';

const RepositoriesContext = createContext<AppRepositories | undefined>(undefined);

/** Gives every page the window's repositories (main.tsx, once the register is open). */
export function RepositoriesProvider({
  repositories,
  children,
}: {
  readonly repositories: AppRepositories;
  readonly children: ReactNode;
}) {
  return (
    <RepositoriesContext.Provider value={repositories}>{children}</RepositoriesContext.Provider>
  );
}

/** The one way a component or hook reaches the register: the repositories of this window. */
export function useRepositories(): AppRepositories {
  const repositories = useContext(RepositoriesContext);
  if (!repositories) throw new Error('useRepositories() dipakai di luar RepositoriesProvider');
  return repositories;
}
