import type { ComponentType } from 'react';
import DashboardIcon from '@mui/icons-material/Dashboard';
import HubIcon from '@mui/icons-material/Hub';
import StorefrontIcon from '@mui/icons-material/Storefront';
import HowToVoteIcon from '@mui/icons-material/HowToVote';
import DescriptionIcon from '@mui/icons-material/Description';
import Inventory2Icon from '@mui/icons-material/Inventory2';
import SettingsIcon from '@mui/icons-material/Settings';
import { pageCommandId, pages, type PageCommandId, type PageKey } from '@shared/commands/pages';
import { lazyPage, type LazyPage } from '../ui/lazy-page';

/** What the renderer adds to a page of `@shared/commands/pages`: its icon and its code. */
interface PageView {
  readonly Icon: ComponentType;
  /** The page, loaded on demand; start-up preloads the one the URL points at. */
  readonly page: LazyPage;
}

const views: Readonly<Record<PageKey, PageView>> = {
  beranda: {
    Icon: DashboardIcon,
    page: lazyPage(() => import('../features/dashboard/DashboardPage')),
  },
  sentra: { Icon: HubIcon, page: lazyPage(() => import('../features/sentra/SentraPage')) },
  ikm: {
    Icon: StorefrontIcon,
    page: lazyPage(() => import('../features/enterprise/EnterprisePage')),
  },
  usulan: {
    Icon: HowToVoteIcon,
    page: lazyPage(() => import('../features/round/nomination/NominationPage')),
  },
  surat: { Icon: DescriptionIcon, page: lazyPage(() => import('../features/letter/LetterPage')) },
  paket: { Icon: Inventory2Icon, page: lazyPage(() => import('../features/pack/PackPage')) },
  pengaturan: {
    Icon: SettingsIcon,
    page: lazyPage(() => import('../features/settings/SettingsPage')),
  },
};

export interface AppPage extends PageView {
  readonly key: PageKey;
  readonly path: string;
  readonly label: string;
  /** The command that opens the page from the menu or the keyboard. */
  readonly command: PageCommandId;
  /** The route pattern: the page's path and everything under it. */
  readonly route: string;
  /** The shortcut as shown next to the label (`Ctrl+3`). */
  readonly shortcut: string;
  /** The same shortcut in `aria-keyshortcuts` syntax (`Control+3`). */
  readonly keyShortcut: string;
}

/**
 * The one table of pages: routes (App.tsx), the side navigation (AppShell.tsx), the menu and
 * shortcut commands (use-commands.ts) and the start-up preload (start-up.ts) all read it.
 */
export const appPages: readonly AppPage[] = pages.map((spec) => {
  const keys = spec.accelerator.replace('CmdOrCtrl', 'Ctrl');
  return {
    ...spec,
    ...views[spec.key],
    command: pageCommandId(spec.key),
    route: spec.path === '/' ? '/' : `${spec.path}/*`,
    shortcut: keys,
    keyShortcut: keys.replace('Ctrl', 'Control'),
  };
});

/** Where a hash URL (`#/ikm?…`) lands: the page, and whether it is the page's list (index) route. */
export function routeOfHash(
  hash: string,
): { readonly page: AppPage; readonly list: boolean } | undefined {
  const path = hash.replace(/^#/, '').split(/[?#]/)[0] ?? '';
  const parts = path.split('/').filter((p) => p !== '');
  const page = appPages.find((p) => p.path === `/${parts[0] ?? ''}`);
  return page === undefined ? undefined : { page, list: parts.length <= 1 };
}
