import { fillDate } from './date-field';
import type { Locator, Page } from 'playwright-core';

/** Page model of the Usulan area: rounds, a round's overview, the nominate dialog, a nomination. */
export class NominationPages {
  constructor(private readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The page's title, whole: "OVOP 2026" is not found in "Pengaturan OVOP 2026". */
  async waitForHeading(name: string | RegExp): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  }

  /** From the round list: a new round with default settings (or copied), saved unchanged. */
  async createRound(year: number): Promise<void> {
    await this.page.getByRole('button', { name: 'Periode baru' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Periode OVOP baru' });
    await dialog.getByLabel('Tahun').fill(String(year));
    await dialog.getByRole('button', { name: 'Buat periode' }).click();
    await this.waitForHeading(`Pengaturan OVOP ${year}`);
  }

  /** The proposal window on the round settings page (typed as dd/mm/yyyy). */
  async fillRoundWindow(opensOn: string, closesOn: string): Promise<void> {
    await fillDate(this.page, 'Tanggal pembukaan usulan', opensOn);
    await fillDate(this.page, 'Tanggal penutupan usulan', closesOn);
  }

  /** The ministry's letter that asked for nominations, on the round settings page. */
  async fillRequestLetter(letter: { number: string; date: string; hal: string }): Promise<void> {
    await this.page.getByLabel('Nomor surat Kementerian').fill(letter.number);
    await fillDate(this.page, 'Tanggal surat Kementerian', letter.date);
    await this.page.getByLabel('Hal surat Kementerian').fill(letter.hal);
  }

  async saveRoundSettings(): Promise<void> {
    await this.page.getByRole('button', { name: 'Simpan periode' }).click();
  }

  async nominate(names: readonly string[]): Promise<void> {
    await this.page.getByRole('button', { name: 'Usulkan IKM' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Usulkan IKM' });
    for (const name of names) await dialog.getByRole('checkbox', { name: `Pilih ${name}` }).check();
    await dialog.getByRole('button', { name: `Usulkan ${names.length} IKM` }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  gridRow(enterpriseName: string): Locator {
    return this.page
      .getByRole('grid', { name: 'Daftar usulan' })
      .getByRole('row')
      .filter({ hasText: enterpriseName });
  }

  async openNomination(enterpriseName: string): Promise<void> {
    await this.gridRow(enterpriseName).getByText(enterpriseName, { exact: true }).click();
    await this.waitForHeading(enterpriseName);
  }

  findings(): Locator {
    return this.page
      .getByRole('list', { name: 'Hasil pemeriksaan kesiapan' })
      .getByRole('listitem');
  }

  finding(code: string): Locator {
    return this.page.locator(`[data-finding="${code}"]`);
  }

  status(): Locator {
    return this.page.getByTestId('nomination-status');
  }

  async moveTo(label: string): Promise<void> {
    await this.page
      .getByRole('group', { name: 'Langkah berikutnya' })
      .getByRole('button', { name: label, exact: true })
      .click();
  }

  alert(): Locator {
    return this.page.getByRole('region', { name: 'Status usulan' }).getByRole('alert');
  }

  historyRows(): Locator {
    return this.page.getByRole('table', { name: 'Riwayat status' }).locator('tbody tr');
  }

  async backToRound(roundName: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Jejak halaman' })
      .getByRole('link', { name: roundName })
      .click();
    await this.waitForHeading(roundName);
  }
}
