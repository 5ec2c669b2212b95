import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type AppSession } from './support/browser';
import { AppFrame } from './pages/app-frame';
import { openWithHooks, seedRound } from '../support/factories/e2e-register';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const PAGES: readonly { nav: string }[] = [
  { nav: 'Beranda' },
  { nav: 'Sentra IKM' },
  { nav: 'IKM' },
  { nav: 'Usulan' },
  { nav: 'Surat' },
  { nav: 'Paket Kirim' },
  { nav: 'Pengaturan' },
];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Serious and critical WCAG 2.1 A/AA violations on the page as it is now, one line each. */
/**
 * Waits until no transition or finite animation has run for two looks 250 ms apart (a button whose
 * colour still fades from disabled to enabled fails the contrast check); spinners that never end
 * do not count. Gives up after 10 s and scans anyway.
 */
async function untilStill(page: Page): Promise<void> {
  let still = 0;
  for (let i = 0; i < 40 && still < 2; i++) {
    await page.waitForTimeout(250);
    const moving = await page.evaluate(
      () =>
        document
          .getAnimations()
          .filter((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity)
          .length,
    );
    still = moving === 0 ? still + 1 : 0;
  }
}

async function seriousViolations(page: Page, where: string): Promise<string[]> {
  // Let loading bars go and colour transitions (disabled → enabled buttons) finish first.
  await page
    .getByRole('progressbar')
    .first()
    .waitFor({ state: 'detached', timeout: 5000 })
    .catch(() => undefined);
  await untilStill(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  }, TAGS);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${where}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

async function scanEveryPage(page: Page, label: string): Promise<string[]> {
  const frame = new AppFrame(page);
  const found: string[] = [];
  for (const p of PAGES) {
    await frame.nav().getByRole('link', { name: p.nav, exact: true }).click();
    // Beranda of an empty register is the first-run page, with its own heading.
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    found.push(...(await seriousViolations(page, `${label} ${p.nav}`)));
  }
  return found;
}

describe('accessibility (axe-core, WCAG 2.1 A/AA)', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.dispose();
    app = undefined;
  });

  it('finds no serious or critical violation on any page of an empty register, nor in the first-start dialog', async () => {
    app = await launchApp({ userName: null, bypassCsp: true });
    const { page } = app;
    const ask = page.getByRole('dialog', { name: 'Nama pengguna PC ini' });
    await ask.waitFor();
    const found = await seriousViolations(page, 'first-start dialog');
    await ask.getByLabel('Nama pengguna').fill('Petugas Aksesibilitas');
    await ask.getByRole('button', { name: 'Simpan' }).click();
    await ask.waitFor({ state: 'hidden' });
    found.push(...(await scanEveryPage(page, 'empty')));
    expect(found).toEqual([]);
  }, 300_000);

  it('finds none with a register filled, on detail pages, and with the main dialogs open', async () => {
    app = await launchApp({ hash: '/', bypassCsp: true });
    const { page } = app;
    // This spec is about accessibility, not the path: the register is seeded.
    await openWithHooks(page, '/');
    const roundId = await seedRound(page, {
      year: 2026,
      candidates: [
        { name: 'UD Kerupuk Haruan Martapura', kabKota: '63.03', status: 'diperiksa' },
        { name: 'CV Dodol Kandangan', kabKota: '63.06' },
        { name: 'UD Amplang Bahari', kabKota: '63.03', status: 'surat-ditandatangani' },
      ],
      finalLettersWithoutScan: 1,
    });
    const frame = new AppFrame(page);
    await frame.ready();
    const found = await scanEveryPage(page, 'filled');

    // Round overview, a nomination, an IKM with its tabs.
    await page.goto(page.url().replace(/#.*$/, `#/usulan/periode/${roundId}`));
    await page.getByRole('heading', { level: 1, name: 'OVOP 2026' }).waitFor();
    found.push(...(await seriousViolations(page, 'round overview')));
    await page
      .getByRole('grid', { name: 'Daftar usulan' })
      .getByRole('link', { name: 'CV Dodol Kandangan' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'CV Dodol Kandangan' }).waitFor();
    found.push(...(await seriousViolations(page, 'nomination')));

    await page.getByRole('button', { name: 'Kembali ke daftar usulan' }).click();
    await page.getByRole('button', { name: 'Usulkan IKM' }).click();
    await page.getByRole('dialog', { name: 'Usulkan IKM' }).getByRole('grid').waitFor();
    found.push(...(await seriousViolations(page, 'dialog Usulkan IKM')));
    await page
      .getByRole('dialog', { name: 'Usulkan IKM' })
      .getByRole('button', { name: 'Tutup' })
      .click();

    await frame.goTo('IKM');
    await page
      .getByRole('grid', { name: 'Daftar IKM' })
      .getByRole('link', { name: 'UD Amplang Bahari' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'UD Amplang Bahari' }).waitFor();
    found.push(...(await seriousViolations(page, 'IKM identitas')));
    for (const tab of ['Produk', 'Legalitas', 'Foto', 'Dokumen']) {
      await page.getByRole('tab', { name: tab }).click();
      await page.waitForLoadState('networkidle');
      found.push(...(await seriousViolations(page, `IKM ${tab}`)));
    }
    await page.getByRole('tab', { name: 'Legalitas' }).click();
    await page.getByRole('button', { name: 'Tambah legalitas' }).click();
    const credential = page.getByRole('dialog', { name: 'Tambah legalitas' });
    await credential.waitFor();
    found.push(...(await seriousViolations(page, 'dialog Tambah legalitas')));
    await credential.getByRole('button', { name: /Pilih tanggal terbit/ }).click();
    await page.getByRole('dialog').getByRole('grid').first().waitFor();
    found.push(...(await seriousViolations(page, 'calendar of a date field')));
    await page.keyboard.press('Escape');
    await credential.getByRole('button', { name: 'Batal' }).click();
    await credential.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Pengguna: Petugas Uji' }).click();
    await page.getByRole('dialog', { name: 'Nama pengguna PC ini' }).waitFor();
    found.push(...(await seriousViolations(page, 'dialog Nama pengguna')));
    await page
      .getByRole('dialog', { name: 'Nama pengguna PC ini' })
      .getByRole('button', { name: 'Tutup' })
      .click();
    await page.getByRole('button', { name: 'Tentang OVOP Desk' }).click();
    await page.getByRole('dialog', { name: 'Tentang OVOP Desk' }).getByText(/versi/).waitFor();
    found.push(...(await seriousViolations(page, 'dialog Tentang')));
    expect(found).toEqual([]);
  }, 300_000);
});
