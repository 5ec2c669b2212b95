import type { ReactNode } from 'react';
import DashboardIcon from '@mui/icons-material/Dashboard';
import HubIcon from '@mui/icons-material/Hub';
import StorefrontIcon from '@mui/icons-material/Storefront';
import HowToVoteIcon from '@mui/icons-material/HowToVote';
import DescriptionIcon from '@mui/icons-material/Description';
import Inventory2Icon from '@mui/icons-material/Inventory2';
import SettingsIcon from '@mui/icons-material/Settings';

/** The side navigation, in the order a Dinas officer works through a round. */
export interface NavItem {
  readonly path: string;
  readonly label: string;
  readonly icon: ReactNode;
  /** Shown next to the label. */
  readonly shortcut: string;
  /** The same shortcut in `aria-keyshortcuts` syntax. */
  readonly keyShortcut: string;
}

export const navItems: readonly NavItem[] = [
  {
    path: '/',
    label: 'Beranda',
    icon: <DashboardIcon />,
    shortcut: 'Ctrl+1',
    keyShortcut: 'Control+1',
  },
  {
    path: '/sentra',
    label: 'Sentra IKM',
    icon: <HubIcon />,
    shortcut: 'Ctrl+2',
    keyShortcut: 'Control+2',
  },
  {
    path: '/ikm',
    label: 'IKM',
    icon: <StorefrontIcon />,
    shortcut: 'Ctrl+3',
    keyShortcut: 'Control+3',
  },
  {
    path: '/usulan',
    label: 'Usulan',
    icon: <HowToVoteIcon />,
    shortcut: 'Ctrl+4',
    keyShortcut: 'Control+4',
  },
  {
    path: '/surat',
    label: 'Surat',
    icon: <DescriptionIcon />,
    shortcut: 'Ctrl+5',
    keyShortcut: 'Control+5',
  },
  {
    path: '/paket',
    label: 'Paket Kirim',
    icon: <Inventory2Icon />,
    shortcut: 'Ctrl+6',
    keyShortcut: 'Control+6',
  },
  {
    path: '/pengaturan',
    label: 'Pengaturan',
    icon: <SettingsIcon />,
    shortcut: 'Ctrl+7',
    keyShortcut: 'Control+7',
  },
];
