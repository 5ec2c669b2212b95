import { contextBridge, ipcRenderer } from 'electron';
import type { Channel, IpcRequest, IpcResponse, IpcResult, WindowApi } from '@shared/ipc/contract';
import { apiName, eventApiName, type ApiName } from '@shared/ipc/api-names';
import { ipcEvents, type EventChannel, type EventPayload } from '@shared/ipc/events';

/**
 * Builds `window.api`: one named function per contract channel and one `on…` per event. No
 * ipcRenderer, no generic invoke: the page can only make the calls listed here. Sandboxed
 * preloads cannot require our modules, so esbuild bundles this file (and the contract) whole.
 */
type Invoker<C extends Channel> = (request: IpcRequest<C>) => Promise<IpcResult<IpcResponse<C>>>;

function method<C extends Channel>(channel: C): Record<ApiName<C>, Invoker<C>> {
  const invoke: Invoker<C> = (request) =>
    ipcRenderer.invoke(channel, request) as Promise<IpcResult<IpcResponse<C>>>;
  return { [apiName(channel)]: invoke } as Record<ApiName<C>, Invoker<C>>;
}

type Subscriber<E extends EventChannel> = (
  listener: (payload: EventPayload<E>) => void,
) => () => void;

function event<E extends EventChannel>(
  channel: E,
): Record<`on${Capitalize<ApiName<E>>}`, Subscriber<E>> {
  const subscribe: Subscriber<E> = (listener) => {
    // The IPC event object (with its sender) never reaches the page; payloads are re-checked.
    const wrapped = (_event: unknown, payload: unknown): void => {
      const parsed = ipcEvents[channel].safeParse(payload);
      if (parsed.success) listener(parsed.data as EventPayload<E>);
    };
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  };
  return { [eventApiName(channel)]: subscribe } as Record<
    `on${Capitalize<ApiName<E>>}`,
    Subscriber<E>
  >;
}

const api = {
  ...method('app:get-info'),
  ...method('app:print-page'),
  ...method('file:save-bytes'),
  ...method('file:begin-save'),
  ...method('file:append-chunk'),
  ...method('file:finish-save'),
  ...method('file:abort-save'),
  ...method('file:open-bytes'),
  ...method('file:reveal-saved'),
  ...method('blob:put'),
  ...method('blob:get'),
  ...method('blob:has'),
  ...method('backup:write-snapshot'),
  ...method('backup:list-snapshots'),
  ...method('backup:read-snapshot'),
  ...method('backup:free-space'),
  ...method('session:load-token'),
  ...method('session:save-token'),
  ...method('session:clear-token'),
  ...event('command:run'),
} satisfies WindowApi;

contextBridge.exposeInMainWorld('api', Object.freeze(api));
