import { afterEach, describe, expect, it } from 'vitest';
import { AppFrame } from './pages/app-frame';
import { EnterprisePage } from './pages/enterprise-page';
import { launchApp, type AppSession } from './support/browser';

const STALE =
  'Data ini telah diubah di jendela lain atau oleh pengguna lain sejak Anda membukanya. Muat ulang data lalu ulangi perubahan Anda.';

describe('two tabs saving one IKM', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.dispose();
    app = undefined;
  });

  it('refuses the later save with one clear conflict message and keeps the first save', async () => {
    app = await launchApp({ hash: '/ikm' });
    const first = app.page;
    await new AppFrame(first).ready();
    const ikm = new EnterprisePage(first);
    await ikm.startNew();
    await ikm.fillIdentity({
      name: 'UD Amplang Dua Jendela',
      owner: 'Siti Aminah',
      nib: '9120001288001',
      region: {
        provinsi: 'Kalimantan Selatan',
        kabKota: 'Kabupaten Banjar',
        kecamatan: 'Martapura',
        desa: 'Jawa',
      },
      workers: 6,
      investment: 90000000,
    });
    await ikm.save();
    await first.getByRole('heading', { level: 1, name: 'UD Amplang Dua Jendela' }).waitFor();

    const second = await app.context.newPage();
    await second.goto(first.url());
    await second.getByRole('heading', { level: 1, name: 'UD Amplang Dua Jendela' }).waitFor();
    for (const page of [first, second]) await new EnterprisePage(page).openTab('Identitas');

    await first.getByLabel('Nama pemilik *').fill('Siti Aminah binti Ahmad');
    await second.getByLabel('Nama pemilik *').fill('Hj. Siti Aminah');
    await new EnterprisePage(first).save();
    await first.getByRole('button', { name: 'Simpan', exact: true }).waitFor();
    await new EnterprisePage(second).save();

    await second.getByText(STALE).first().waitFor();
    // Give a second copy of the message time to appear before counting.
    await second.waitForTimeout(500);
    expect(await second.getByText(STALE).count()).toBe(1);
    await second.reload();
    await new EnterprisePage(second).openTab('Identitas');
    await expect
      .poll(() => second.getByLabel('Nama pemilik *').inputValue())
      .toBe('Siti Aminah binti Ahmad');
  });
});
