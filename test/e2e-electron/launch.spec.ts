import { afterEach, describe, expect, it } from 'vitest';
import { apiName, channels, eventApiName, eventChannels } from '@shared/ipc/contract';
import { electronMissing } from './support/electron-binary';
import type { LaunchedApp } from './support/launch';
import { launchApp } from './support/launch';

describe.skipIf(electronMissing)('Electron: launch', () => {
  let launched: LaunchedApp | undefined;
  afterEach(async () => launched?.close());

  it('opens one window on the app origin with the frame in Indonesian', async () => {
    launched = await launchApp();
    const { window, app } = launched;
    expect(window.url()).toMatch(/^app:\/\/ovop\/index\.html/);
    await window.getByText('Sentra IKM').first().waitFor();
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  it("starts Chromium in Indonesian with background resource fetching off (scripts' code cache)", async () => {
    launched = await launchApp();
    const switches = await launched.app.evaluate(({ app }) => ({
      lang: app.commandLine.getSwitchValue('lang'),
      disabled: app.commandLine.getSwitchValue('disable-features').split(','),
    }));
    expect(switches.lang).toBe('id');
    expect(switches.disabled).toContain('BackgroundResourceFetch');
  });

  it('runs the page isolated: no Node, only the contract functions on window.api', async () => {
    launched = await launchApp();
    const { window } = launched;
    const page = await window.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      api: Object.keys((globalThis as { api?: object }).api ?? {}).sort(),
    }));
    expect(page.require).toBe('undefined');
    expect(page.process).toBe('undefined');
    expect(page.api).toEqual(
      [...channels.map((c) => apiName(c)), ...eventChannels.map((e) => eventApiName(e))].sort(),
    );
  });

  it('serves the page with the CSP header and refuses a window.open', async () => {
    launched = await launchApp();
    const { window, app } = launched;
    const csp = await window.evaluate(async () =>
      (await fetch('app://ovop/index.html')).headers.get('content-security-policy'),
    );
    expect(csp).toContain("default-src 'self'");
    await window.evaluate(() => globalThis.open('https://evil.example/'));
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });
});
