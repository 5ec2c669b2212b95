import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type AppSession } from './support/browser';
import { AppFrame } from './pages/app-frame';

const pages = [
  { label: 'Beranda', shot: 'beranda' },
  { label: 'Sentra IKM', shot: 'sentra' },
  { label: 'IKM', shot: 'ikm' },
  { label: 'Usulan', shot: 'usulan' },
  { label: 'Surat', shot: 'surat' },
  { label: 'Paket Kirim', shot: 'paket' },
  { label: 'Pengaturan', shot: 'pengaturan' },
];

describe('app frame in Chromium (web mode)', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.dispose();
    app = undefined;
  });

  it('opens every page from the side navigation with no console errors', async () => {
    app = await launchApp();
    const frame = new AppFrame(app.page);
    for (const { label, shot } of pages) {
      await frame.goTo(label);
      expect(await frame.heading().innerText()).toBe(label);
      await app.screenshot(`frame-${shot}`);
    }
    expect(app.errors).toEqual([]);
  });

  it('reaches pages with keyboard shortcuts and shows the About dialog with licences', async () => {
    app = await launchApp();
    const frame = new AppFrame(app.page);
    await frame.ready();
    await app.page.keyboard.press('Control+3');
    await expect.poll(() => frame.heading().innerText()).toBe('IKM');
    const about = await frame.openAbout();
    expect(about).toContain('OVOP Desk versi');
    expect(about).toContain('Open Database License (ODbL)');
    expect(about).toContain('SIL Open Font License');
    expect(about).toContain('hash-wasm');
    await app.screenshot('frame-about');
    await frame.closeDialog();
    expect(app.errors).toEqual([]);
  });

  it('fetches the code of the page it opens on from the start, also on a relaunch', async () => {
    const ahead = (page: AppSession['page'], route: string) =>
      page.locator(`head > link[rel="modulepreload"][data-route="${route}"]`).count();
    app = await launchApp({ hash: '/ikm' });
    const frame = new AppFrame(app.page);
    await expect.poll(() => frame.heading().innerText()).toBe('IKM');
    await app.page.getByRole('grid', { name: 'Daftar IKM' }).waitFor();
    expect(await ahead(app.page, 'ikm')).toBeGreaterThan(0);
    expect(await ahead(app.page, '')).toBe(0);
    const { profileDir } = app;
    await app.close();

    // The register now exists: the first script opens it early, the frame's components are
    // rendered unseen while it opens, and the start is unchanged.
    app = await launchApp({ profileDir, hash: '/', userName: null });
    const again = new AppFrame(app.page);
    await expect.poll(() => again.heading().innerText()).toBe('Beranda');
    expect(await app.page.locator('header').count()).toBe(1);
    expect(await app.page.getByRole('navigation').count()).toBe(1);
    expect(await ahead(app.page, '')).toBeGreaterThan(0);
    expect(await ahead(app.page, 'ikm')).toBe(0);
    await again.goTo('IKM');
    await app.page.getByRole('grid', { name: 'Daftar IKM' }).waitFor();
    expect(app.errors).toEqual([]);
  });

  it('serves the page under a strict Content-Security-Policy', async () => {
    app = await launchApp();
    const csp = await app.page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp?.split(/[\s;]+/)).not.toContain("'unsafe-eval'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
  });
});
