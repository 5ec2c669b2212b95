import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type AppSession } from './support/browser';
import { EnterprisePage } from './pages/enterprise-page';
import { makeE2eCandidate, openWithHooks, seedCandidates } from '../support/factories/e2e-register';

describe('Riwayat: the audit trail of one IKM (web mode)', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.dispose();
    app = undefined;
  });

  it('shows who renamed the IKM, when, and the old → new name on the Riwayat tab; the sentra form shows its history too', async () => {
    app = await launchApp({ hash: '/ikm' });
    const { page } = app;
    await openWithHooks(page, '/ikm');
    const candidate = makeE2eCandidate('UD Kerupuk Lama', '9120001239001', 'Kerupuk Ikan');
    const [ids] = await seedCandidates(page, [candidate], 'Rina (Disperin Banjar)');
    if (!ids) throw new Error('seeding returned no ids');

    await page.goto(page.url().replace(/#.*$/, `#/ikm/${ids.enterpriseId}`));
    const ikm = new EnterprisePage(page);
    await page.getByLabel('Nama IKM *').fill('UD Kerupuk Baru');
    await ikm.save();
    await page.getByRole('heading', { level: 1, name: 'UD Kerupuk Baru' }).waitFor();

    await ikm.openTab('Riwayat');
    const list = page.getByRole('list', { name: 'Riwayat perubahan' });
    const update = list.locator('[data-audit-action="update"]').first();
    await update.waitFor();
    const text = await update.innerText();
    expect(text).toContain('diubah');
    expect(text).toContain('Rina (Disperin Banjar)');
    expect(text).toContain('Nama IKM: UD Kerupuk Lama → UD Kerupuk Baru');
    expect(text).toMatch(
      /\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4} \d{2}\.\d{2}/,
    );
    // The newest entry comes first; the seeded creation is further down.
    expect(
      await list.locator('li[data-audit-action]').first().getAttribute('data-audit-action'),
    ).toBe('update');
    expect(await list.locator('[data-audit-action="create"]').count()).toBeGreaterThan(0);
    expect(page.url()).toContain('tab=riwayat');
    await app.screenshot('ikm-riwayat');

    // An existing sentra's form ends with a collapsed history of the same kind.
    await page.goto(page.url().replace(/#.*$/, '#/sentra'));
    await page.getByRole('link', { name: candidate.sentra.name }).click();
    const summary = page.getByText('Riwayat perubahan', { exact: true });
    await summary.click();
    const sentraEntry = page
      .getByRole('list', { name: 'Riwayat perubahan' })
      .locator('[data-audit-action="create"]')
      .first();
    await sentraEntry.waitFor();
    expect(await sentraEntry.innerText()).toContain('Rina (Disperin Banjar) · dibuat');
    expect(app.errors).toEqual([]);
  });
});
