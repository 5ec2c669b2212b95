import type { WebContents } from 'electron';
import { ipcMain } from 'electron';
import type { Channel } from '@shared/ipc/contract';
import type { Impl } from './invoke-listener';
import { createInvokeListener } from './invoke-listener';

export * from './invoke-listener';

/** The ONE way main answers the renderer. */
export function handle<C extends Channel>(channel: C, impl: Impl<C, WebContents>): void {
  const listener = createInvokeListener(channel, impl);
  ipcMain.handle(channel, (event, payload: unknown) => listener(event, payload));
}
