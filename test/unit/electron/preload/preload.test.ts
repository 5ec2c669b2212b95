import { describe, expect, it, vi } from 'vitest';
import { apiName, channels, eventApiName, eventChannels } from '@shared/ipc/contract';

type Listener = (event: unknown, payload: unknown) => void;
const exposed = new Map<string, unknown>();
const listeners = new Map<string, Set<Listener>>();
const invoke = vi.fn((channel: string, request: unknown) =>
  Promise.resolve({ ok: true, value: { channel, request } }),
);

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: {
    invoke,
    on: (channel: string, listener: Listener) => {
      const set = listeners.get(channel) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: Listener) =>
      listeners.get(channel)?.delete(listener),
  },
}));

await import('../../../../electron/preload/index');
const api = exposed.get('api') as Record<string, (arg: unknown) => unknown>;

function emit(channel: string, payload: unknown): void {
  for (const listener of listeners.get(channel) ?? []) listener({ sender: 'secret' }, payload);
}

describe('preload window.api', () => {
  it('exposes only `api`, with exactly one function per contract channel and event', () => {
    expect([...exposed.keys()]).toEqual(['api']);
    const expected = [
      ...channels.map((c) => apiName(c)),
      ...eventChannels.map((e) => eventApiName(e)),
    ].sort();
    expect(Object.keys(api).sort()).toEqual(expected);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('has no generic invoke, send or ipcRenderer escape hatch', () => {
    for (const forbidden of ['invoke', 'send', 'sendSync', 'ipcRenderer', 'on', 'require']) {
      expect(api).not.toHaveProperty(forbidden);
    }
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('routes each function to its own channel', async () => {
    for (const channel of channels) {
      const request = { probe: channel };
      await expect(api[apiName(channel)]?.(request)).resolves.toEqual({
        ok: true,
        value: { channel, request },
      });
    }
  });

  it('delivers only valid menu commands to the page, never the IPC event, and unsubscribes', () => {
    const received: unknown[] = [];
    const off = api.onCommandRun?.((payload: unknown) => received.push(payload)) as () => void;
    emit('command:run', { id: 'nav.surat' });
    emit('command:run', { id: 42 });
    emit('command:run', { id: 'nav.ikm', extra: 'x' });
    expect(received).toEqual([{ id: 'nav.surat' }]);
    off();
    emit('command:run', { id: 'nav.ikm' });
    expect(received).toHaveLength(1);
  });
});
