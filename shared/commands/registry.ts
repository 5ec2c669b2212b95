/**
 * One command registry drives the Electron native menu, the renderer's keyboard shortcuts and
 * its toolbar. Main builds the menu from `menus`; a click is sent to the renderer as a command id,
 * and the renderer runs the same command a shortcut would. The pages' commands come from `pages`.
 */
import { pageCommandId, pages, type PageCommandId } from './pages';

export type CommandId =
  PageCommandId | 'file.backup' | 'file.restore' | 'file.print' | 'help.about';

export interface Command {
  readonly id: CommandId;
  readonly label: string;
  /** Electron accelerator syntax; the renderer parses the same string for web mode. */
  readonly accelerator?: string;
}

export const commands: readonly Command[] = [
  ...pages.map((page) => ({
    id: pageCommandId(page.key),
    label: page.label,
    accelerator: page.accelerator,
  })),
  { id: 'file.backup', label: 'Cadangkan Register…', accelerator: 'CmdOrCtrl+Shift+B' },
  { id: 'file.restore', label: 'Pulihkan dari Cadangan…' },
  { id: 'file.print', label: 'Cetak…', accelerator: 'CmdOrCtrl+P' },
  { id: 'help.about', label: 'Tentang OVOP Desk' },
];

/** Native roles are Electron's own items (copy, paste, zoom …); `command` items are ours. */
type MenuEntry =
  | { readonly kind: 'command'; readonly id: CommandId }
  | { readonly kind: 'role'; readonly role: string; readonly label: string }
  | { readonly kind: 'separator' };

export interface MenuSpec {
  readonly label: string;
  readonly entries: readonly MenuEntry[];
}

export const menus: readonly MenuSpec[] = [
  {
    label: 'Berkas',
    entries: [
      { kind: 'command', id: 'file.backup' },
      { kind: 'command', id: 'file.restore' },
      { kind: 'separator' },
      { kind: 'command', id: 'file.print' },
      { kind: 'separator' },
      { kind: 'role', role: 'quit', label: 'Keluar' },
    ],
  },
  {
    label: 'Sunting',
    entries: [
      { kind: 'role', role: 'undo', label: 'Batalkan' },
      { kind: 'role', role: 'redo', label: 'Ulangi' },
      { kind: 'separator' },
      { kind: 'role', role: 'cut', label: 'Potong' },
      { kind: 'role', role: 'copy', label: 'Salin' },
      { kind: 'role', role: 'paste', label: 'Tempel' },
      { kind: 'role', role: 'selectAll', label: 'Pilih Semua' },
    ],
  },
  {
    label: 'Tampilan',
    entries: [
      ...pages.map((page) => ({ kind: 'command' as const, id: pageCommandId(page.key) })),
      { kind: 'separator' },
      { kind: 'role', role: 'resetZoom', label: 'Ukuran Asli' },
      { kind: 'role', role: 'zoomIn', label: 'Perbesar' },
      { kind: 'role', role: 'zoomOut', label: 'Perkecil' },
      { kind: 'role', role: 'togglefullscreen', label: 'Layar Penuh' },
    ],
  },
  { label: 'Bantuan', entries: [{ kind: 'command', id: 'help.about' }] },
];

export function findCommand(id: CommandId): Command {
  const found = commands.find((c) => c.id === id);
  if (!found) throw new Error(`Perintah tidak dikenal: ${id}`);
  return found;
}

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && commands.some((c) => c.id === value);
}

/** True when a keyboard event matches an accelerator such as `CmdOrCtrl+Shift+B`. */
export function matchesAccelerator(
  accelerator: string,
  key: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean },
): boolean {
  const parts = accelerator.split('+');
  const main = parts.pop()?.toLowerCase() ?? '';
  const wantsCtrl = parts.includes('CmdOrCtrl') || parts.includes('Ctrl');
  const wantsShift = parts.includes('Shift');
  const wantsAlt = parts.includes('Alt');
  return (
    key.key.toLowerCase() === main &&
    (key.ctrlKey || key.metaKey) === wantsCtrl &&
    key.shiftKey === wantsShift &&
    key.altKey === wantsAlt
  );
}
