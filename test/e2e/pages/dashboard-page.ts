import type { Page } from 'playwright-core';
import type { RoundSeedSpec } from '../../app-hooks/e2e-hooks';
import { openWithHooks, seedRound } from '../../support/factories/e2e-register';
import { WEB_BASE_URL } from '../support/server';

/** Spec of the test-only round seeding (test/app-hooks/e2e-seed.ts). */
export type DashboardSeed = RoundSeedSpec;

/** Page model of Beranda: figures by their label, the first-run panel, the quota table. */
export class DashboardPageModel {
  constructor(private readonly page: Page) {}

  /** Opens Beranda with the seed hook installed, seeds, and reloads so the figures are read fresh. */
  async seed(spec: DashboardSeed): Promise<string> {
    await openWithHooks(this.page, '/');
    const roundId = await seedRound(this.page, spec);
    await this.page.goto(`${WEB_BASE_URL}/index.html#/`);
    await this.page.reload();
    await this.figure('Usulan aktif').waitFor();
    return roundId;
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  firstRun() {
    return this.page.getByRole('region', { name: 'Selamat datang di OVOP Desk' });
  }

  figure(label: string) {
    return this.page.locator(`[data-figure="${label}"]`);
  }

  async count(label: string): Promise<number> {
    return Number(await this.figure(label).getAttribute('data-count'));
  }

  /** Kab/kota names of the quota table, in the order shown. */
  async quotaOrder(): Promise<string[]> {
    const rows = this.page
      .getByRole('table', { name: 'Pemenuhan kuota per kabupaten/kota' })
      .locator('tbody tr');
    return rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')?.textContent ?? ''));
  }

  /**
   * Rows the target page's grid shows with its own filter (the page read the link's query
   * parameters): data rows only, counted once the grid has settled.
   */
  async gridRowCount(gridName: 'Daftar usulan' | 'Daftar surat'): Promise<number> {
    const grid = this.page.getByRole('grid', { name: gridName });
    await grid.waitFor();
    await this.page.waitForTimeout(300);
    return grid.locator('[role="row"][data-id]').count();
  }

  /** Status cells of the nomination grid on the target page. */
  async gridStatuses(): Promise<string[]> {
    const grid = this.page.getByRole('grid', { name: 'Daftar usulan' });
    await grid.waitFor();
    await this.page.waitForTimeout(300);
    return grid.locator('[role="row"] [data-field="statusLabel"][role="gridcell"]').allInnerTexts();
  }

  /** Opens a figure's link and returns to Beranda afterwards with `back()`. */
  async back(): Promise<void> {
    await this.page.goBack();
    await this.figure('Usulan aktif').waitFor();
  }
}
