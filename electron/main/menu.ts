import { BrowserWindow, Menu } from 'electron';
import type { CommandId } from '@shared/commands/registry';
import type { EventPayload } from '@shared/ipc/contract';
import { buildMenuTemplate } from './menu-template';

/** Installs the native menu; a click is sent to the focused (or first) window as `command:run`. */
export function installMenu(): void {
  const send = (id: CommandId): void => {
    const target = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    if (!target || target.isDestroyed()) return;
    const payload: EventPayload<'command:run'> = { id };
    target.webContents.send('command:run', payload);
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(send)));
}
