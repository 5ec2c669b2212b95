import type { WebContents } from 'electron';
import type { Channel } from '@shared/ipc/contract';
import { channels } from '@shared/ipc/contract';
import { handle } from './handle';
import type { HandlerMap } from './handler-map';

function registerOne<C extends Channel>(channel: C, handlers: HandlerMap<WebContents>): void {
  handle(channel, handlers[channel]);
}

/** Registers every contract channel, each through the one `handle()` wrapper. */
export function registerIpcHandlers(handlers: HandlerMap<WebContents>): void {
  for (const channel of channels) registerOne(channel, handlers);
}
