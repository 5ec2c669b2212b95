import type { Page } from 'playwright-core';

/** Page model of the app frame: the side navigation, page titles and the About dialog. */
export class AppFrame {
  constructor(private readonly page: Page) {}

  /** The shell renders only after the register has opened: wait for it before pressing keys. */
  async ready(): Promise<void> {
    await this.nav().waitFor();
  }

  nav() {
    return this.page.getByRole('navigation', { name: 'Navigasi utama' });
  }

  /** Click a navigation link and wait until the page's own heading is shown. */
  async goTo(label: string, heading: string = label): Promise<void> {
    await this.nav()
      .getByRole('link', { name: new RegExp(`^${label}`) })
      .click();
    await this.page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  async openAbout(): Promise<string> {
    await this.page.getByRole('button', { name: 'Tentang OVOP Desk' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Tentang OVOP Desk' });
    await dialog.getByText(/versi/).waitFor();
    return dialog.innerText();
  }

  async closeDialog(): Promise<void> {
    await this.page.getByRole('button', { name: 'Tutup' }).click();
  }
}
