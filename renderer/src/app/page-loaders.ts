import { lazyPage } from '../ui/lazy-page';

/**
 * The route pages, loaded on demand: App.tsx renders `.Page`, start-up.ts calls `.preload()` for
 * the page the URL points at, so its code loads while the register opens instead of after the frame.
 */
export const appPages = {
  dashboard: lazyPage(() => import('../features/dashboard/DashboardPage')),
  sentra: lazyPage(() => import('../features/sentra/SentraPage')),
  enterprise: lazyPage(() => import('../features/enterprise/EnterprisePage')),
  nomination: lazyPage(() => import('../features/nomination/NominationPage')),
  letter: lazyPage(() => import('../features/letter/LetterPage')),
  pack: lazyPage(() => import('../features/pack/PackPage')),
  settings: lazyPage(() => import('../features/settings/SettingsPage')),
} as const;

export type PageKey = keyof typeof appPages;

const SEGMENTS: Readonly<Record<string, PageKey>> = {
  '': 'dashboard',
  sentra: 'sentra',
  ikm: 'enterprise',
  usulan: 'nomination',
  surat: 'letter',
  paket: 'pack',
  pengaturan: 'settings',
};

/** Where a hash URL (`#/ikm?…`) lands: the page, and whether it is the page's list (index) route. */
export function routeOfHash(
  hash: string,
): { readonly page: PageKey; readonly list: boolean } | undefined {
  const path = hash.replace(/^#/, '').split(/[?#]/)[0] ?? '';
  const parts = path.split('/').filter((p) => p !== '');
  const page = SEGMENTS[parts[0] ?? ''];
  return page === undefined ? undefined : { page, list: parts.length <= 1 };
}
