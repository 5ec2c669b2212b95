import { clickMenuItemById, getApplicationMenu } from 'electron-playwright-helpers';
import { afterEach, describe, expect, it } from 'vitest';
import { electronMissing } from './support/electron-binary';
import type { LaunchedApp } from './support/launch';
import { launchApp } from './support/launch';

describe.skipIf(electronMissing)('Electron: native menu', () => {
  let launched: LaunchedApp | undefined;
  afterEach(async () => launched?.close());

  it('shows Berkas, Sunting, Tampilan, Bantuan', async () => {
    launched = await launchApp();
    const menu = await getApplicationMenu(launched.app);
    expect(menu.map((item) => item.label)).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
  });

  it('navigates when a Tampilan item is clicked (command sent to the renderer)', async () => {
    launched = await launchApp();
    await clickMenuItemById(launched.app, 'nav.sentra');
    await launched.window.waitForURL(/#\/sentra/);
    await clickMenuItemById(launched.app, 'nav.ikm');
    await launched.window.waitForURL(/#\/ikm/);
  });
});
