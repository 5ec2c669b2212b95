import type { Page } from 'playwright-core';

/** Page model of Pengaturan → Server and the app bar's server status. */
export class ServerSettings {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: /^Pengaturan/ })
      .click();
    await this.page.getByRole('tab', { name: 'Server' }).click();
    await this.page.getByRole('heading', { name: 'Server register bersama' }).waitFor();
  }

  async connect(address: string, username: string, password: string): Promise<void> {
    await this.page.getByLabel('Alamat server').fill(address);
    await this.page.getByLabel('Nama pengguna').fill(username);
    await this.page.getByLabel('Kata sandi').fill(password);
    await this.page.getByRole('button', { name: 'Hubungkan' }).click();
  }

  /** The app bar's status link (its accessible name starts with "Status server: <state>"). */
  status(state: string) {
    return this.page.getByRole('link', { name: new RegExp(`^Status server: ${state}`) });
  }

  async syncNow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sinkronkan sekarang' }).click();
  }

  conflicts() {
    return this.page.getByRole('list', { name: 'Daftar konflik' });
  }
}
