import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { AppFrame } from './pages/app-frame';
import { EnterprisePage } from './pages/enterprise-page';
import { SentraPage } from './pages/sentra-page';
import { launchApp, type AppSession } from './support/browser';

const NAME = 'UD Dodol Kandangan';

/** Clicks a navigation link; true when the "Perubahan belum disimpan" question stopped it. */
async function leaveTo(page: Page, label: string): Promise<boolean> {
  await new AppFrame(page)
    .nav()
    .getByRole('link', { name: new RegExp(`^${label}`) })
    .click();
  const asked = page.getByRole('dialog', { name: 'Perubahan belum disimpan' });
  const arrived = page.getByRole('heading', { level: 1, name: label, exact: true });
  await asked.or(arrived).first().waitFor();
  return asked.isVisible();
}

/**
 * Holds the register's IKM table in a read-write transaction, as a sync applying a pulled page does,
 * until `release` is called: a save made meanwhile waits behind it.
 */
async function holdRegister(page: Page): Promise<{ release: () => Promise<void> }> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('ovop-desk');
        request.onerror = () => reject(request.error ?? new Error('open'));
        request.onsuccess = () => {
          const db = request.result;
          const held = window as unknown as { releaseHeldRegister?: boolean };
          held.releaseHeldRegister = false;
          const store = db.transaction(['enterprises'], 'readwrite').objectStore('enterprises');
          const keepBusy = () => {
            if (held.releaseHeldRegister) db.close();
            else store.count().onsuccess = keepBusy;
          };
          keepBusy();
          resolve();
        };
      }),
  );
  return {
    release: () =>
      page.evaluate(() => {
        (window as unknown as { releaseHeldRegister?: boolean }).releaseHeldRegister = true;
      }),
  };
}

async function openIdentity(page: Page): Promise<EnterprisePage> {
  await new AppFrame(page).goTo('IKM');
  const ikm = new EnterprisePage(page);
  await ikm.search('Dodol');
  await page.getByRole('link', { name: NAME }).first().click();
  await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
  await ikm.openTab('Identitas');
  await expect.poll(() => page.getByLabel('Nama IKM *').inputValue()).toBe(NAME);
  return ikm;
}

describe('the unsaved-changes question on the register forms', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.dispose();
    app = undefined;
  });

  it('asks only when something typed is not saved', async () => {
    app = await launchApp({ hash: '/' });
    const { page } = app;
    await new AppFrame(page).ready();

    // An untouched blank form is left without a question.
    await new AppFrame(page).goTo('IKM');
    const ikm = new EnterprisePage(page);
    await ikm.startNew();
    expect(await leaveTo(page, 'Sentra IKM')).toBe(false);

    // An IKM without year, sentra or SIINas proof (fields the stored record leaves out).
    await new AppFrame(page).goTo('IKM');
    await ikm.startNew();
    await ikm.fillIdentity({
      name: NAME,
      owner: 'Hj. Masliani',
      nib: '9120001288001',
      region: {
        provinsi: 'Kalimantan Selatan',
        kabKota: 'Kabupaten Banjar',
        kecamatan: 'Martapura',
        desa: 'Jawa',
      },
      workers: 4,
      investment: 35000000,
    });
    await ikm.save();
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();

    // Opened and looked at: leaving asks nothing.
    await openIdentity(page);
    expect(await leaveTo(page, 'Sentra IKM')).toBe(false);

    // Edited and saved: back to the list without a question.
    await openIdentity(page);
    await page.getByLabel('Telepon').fill('0812-5555-0101');
    await ikm.save();
    await page.getByText('NIB 9120001288001 · Hj. Masliani').waitFor();
    await expect.poll(() => page.getByLabel('Telepon').inputValue()).toBe('0812-5555-0101');
    await page.getByRole('button', { name: 'Kembali' }).click();
    await ikm.grid().waitFor();
    expect(await page.getByRole('dialog', { name: 'Perubahan belum disimpan' }).count()).toBe(0);

    // Saved while the register is busy, and left before the save is through: leaving waits for
    // the save instead of asking, then goes on.
    await openIdentity(page);
    await page.getByLabel('Telepon').fill('0812-5555-0202');
    const busy = await holdRegister(page);
    await ikm.save();
    await new AppFrame(page)
      .nav()
      .getByRole('link', { name: /^Sentra IKM/ })
      .click();
    await page.waitForTimeout(1000);
    expect(await page.getByRole('dialog', { name: 'Perubahan belum disimpan' }).count()).toBe(0);
    expect(await page.getByLabel('Telepon').inputValue()).toBe('0812-5555-0202');
    await busy.release();
    await page.getByRole('heading', { level: 1, name: 'Sentra IKM', exact: true }).waitFor();
    expect(await page.getByRole('dialog', { name: 'Perubahan belum disimpan' }).count()).toBe(0);

    // Typed but not saved: the question comes; staying keeps the typing, leaving drops it.
    await openIdentity(page);
    await page.getByLabel('Alamat').fill('Jl. Pasar Martapura 3');
    expect(await leaveTo(page, 'Sentra IKM')).toBe(true);
    await page.getByRole('button', { name: 'Tetap di sini' }).click();
    expect(await page.getByLabel('Alamat').inputValue()).toBe('Jl. Pasar Martapura 3');
    expect(await leaveTo(page, 'Sentra IKM')).toBe(true);
    await page.getByRole('button', { name: 'Tinggalkan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sentra IKM' }).waitFor();
    await openIdentity(page);
    expect(await page.getByLabel('Alamat').inputValue()).toBe('');
    expect(await page.getByLabel('Telepon').inputValue()).toBe('0812-5555-0202');
    expect(app.errors).toEqual([]);
  });

  it('leaves a sentra that was only opened without a question, and asks after typing', async () => {
    app = await launchApp({ hash: '/sentra' });
    const { page } = app;
    const sentra = new SentraPage(page);
    // A sentra without a lead IKM (a field the stored record leaves out).
    await sentra.create({
      name: 'Sentra Amplang Martapura',
      region: {
        provinsi: 'Kalimantan Selatan',
        kabKota: 'Kabupaten Banjar',
        kecamatan: 'Martapura',
      },
      units: 12,
      workers: 40,
      decree: { number: '188.45/120/KUM/2024', date: '2024-02-14', signedBy: 'Bupati Banjar' },
    });
    await sentra.save();
    const open = async () => {
      await sentra.grid().getByRole('link', { name: 'Sentra Amplang Martapura' }).click();
      await page
        .getByRole('heading', { level: 1, name: 'Sentra: Sentra Amplang Martapura' })
        .waitFor();
      await expect
        .poll(() => page.getByLabel('Nama sentra *').inputValue())
        .toBe('Sentra Amplang Martapura');
    };
    await open();
    expect(await leaveTo(page, 'IKM')).toBe(false);

    await new AppFrame(page).goTo('Sentra IKM');
    await open();
    await page.getByLabel('Jumlah unit usaha *').fill('13');
    expect(await leaveTo(page, 'IKM')).toBe(true);
    await page.getByRole('button', { name: 'Tinggalkan' }).click();
    await page.getByRole('heading', { level: 1, name: 'IKM', exact: true }).waitFor();
    expect(app.errors).toEqual([]);
  });
});
