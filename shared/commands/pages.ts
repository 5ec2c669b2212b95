/**
 * The app's pages, in the order a Dinas officer works through a round: one row per page gives its
 * path, its label and its shortcut. The command registry (native menu, keyboard shortcuts) and the
 * renderer's page table (routes, side navigation, start-up preload, which adds each page's icon and
 * code) are both built from this list, so a page is added in one place.
 */
export const pages = [
  { key: 'beranda', path: '/', label: 'Beranda', accelerator: 'CmdOrCtrl+1' },
  { key: 'sentra', path: '/sentra', label: 'Sentra IKM', accelerator: 'CmdOrCtrl+2' },
  { key: 'ikm', path: '/ikm', label: 'IKM', accelerator: 'CmdOrCtrl+3' },
  { key: 'usulan', path: '/usulan', label: 'Usulan', accelerator: 'CmdOrCtrl+4' },
  { key: 'surat', path: '/surat', label: 'Surat', accelerator: 'CmdOrCtrl+5' },
  { key: 'paket', path: '/paket', label: 'Paket Kirim', accelerator: 'CmdOrCtrl+6' },
  { key: 'pengaturan', path: '/pengaturan', label: 'Pengaturan', accelerator: 'CmdOrCtrl+7' },
] as const;

export type PageKey = (typeof pages)[number]['key'];

/** The command that opens a page (from the menu or its shortcut). */
export type PageCommandId = `nav.${PageKey}`;

export function pageCommandId(key: PageKey): PageCommandId {
  return `nav.${key}`;
}
