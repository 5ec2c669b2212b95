import { EventEmitter } from 'node:events';
import type { BrowserWindow } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  MAX_RELOADS,
  errorDialogText,
  shouldReload,
} from '../../../../electron/main/failure-policy';
import {
  installProcessFailureHandlers,
  watchWindow,
  type FailureDeps,
} from '../../../../electron/main/failures';

function fakeDeps(hasWindow: boolean, now = 0) {
  const shown: { title: string; text: string }[] = [];
  const logged: unknown[][] = [];
  const exits: number[] = [];
  const deps: FailureDeps = {
    log: {
      info: (...a) => logged.push(a),
      warn: (...a) => logged.push(a),
      error: (...a) => logged.push(a),
    },
    logFile: '/data/OVOP Desk/logs/main.log',
    showError: (title, text) => shown.push({ title, text }),
    exit: (code) => exits.push(code),
    hasWindow: () => hasWindow,
    now: () => now,
  };
  return { deps, shown, logged, exits };
}

/** A BrowserWindow stand-in: events on the window and on its webContents, reloads counted. */
function fakeWindow() {
  const contents = Object.assign(new EventEmitter(), {
    reloads: 0,
    reload() {
      this.reloads += 1;
    },
  });
  const window = Object.assign(new EventEmitter(), { webContents: contents });
  return { window: window as unknown as BrowserWindow, contents };
}

describe('process failures', () => {
  it('logs an uncaught error, shows it with the log location and ends a windowless process', () => {
    const emitter = new EventEmitter();
    const proc = emitter as unknown as NodeJS.Process;
    const { deps, shown, logged, exits } = fakeDeps(false);
    installProcessFailureHandlers(proc, deps);
    emitter.emit('uncaughtException', new Error('disk hilang'));
    expect(logged[0]?.[0]).toBe('uncaughtException');
    expect(shown[0]?.text).toContain('disk hilang');
    expect(shown[0]?.text).toContain('/data/OVOP Desk/logs/main.log');
    expect(exits).toEqual([1]);
  });

  it('keeps a process with a window running after an uncaught error, and logs rejections', () => {
    const emitter = new EventEmitter();
    const proc = emitter as unknown as NodeJS.Process;
    const { deps, exits, logged } = fakeDeps(true);
    installProcessFailureHandlers(proc, deps);
    emitter.emit('uncaughtException', new Error('x'));
    emitter.emit('unhandledRejection', new Error('janji'));
    expect(exits).toEqual([]);
    expect(logged.map((l) => l[0])).toEqual(['uncaughtException', 'unhandledRejection']);
  });
});

describe('renderer failures', () => {
  it('reloads a crashed renderer, up to the limit, then tells the user', () => {
    const { window, contents } = fakeWindow();
    const { deps, shown } = fakeDeps(true, 1000);
    watchWindow(window, deps);
    for (let i = 0; i < MAX_RELOADS + 1; i += 1)
      contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(contents.reloads).toBe(MAX_RELOADS);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.text).toContain('main.log');
  });

  it('tells the user when the preload fails instead of running without the desktop API', () => {
    const { window, contents } = fakeWindow();
    const { deps, shown } = fakeDeps(true);
    watchWindow(window, deps);
    contents.emit('preload-error', {}, '/app/preload.cjs', new Error('sintaks'));
    expect(shown[0]?.title).toBe('OVOP Desk tidak dapat dimulai');
  });
});

describe('failure policy', () => {
  it('does not reload a clean exit, and forgets crashes older than a minute', () => {
    expect(shouldReload('clean-exit', [], 0)).toBe(false);
    expect(shouldReload('oom', [1, 2, 3], 4)).toBe(false);
    expect(shouldReload('oom', [1, 2, 3], 120_000)).toBe(true);
  });

  it('names the log file in the dialog text', () => {
    expect(errorDialogText('Gagal.', 'alasan', '/x/main.log')).toContain('/x/main.log');
  });
});
