import { deflateSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type AppSession } from './support/browser';
import { EnterprisePage } from './pages/enterprise-page';
import { SentraPage } from './pages/sentra-page';
import {
  makeE2eCandidate,
  openWithHooks,
  seedCandidates,
  seedRound,
} from '../support/factories/e2e-register';

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A small real RGB PNG (a colour gradient) that the browser can decode. */
function makePng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      raw[row + 1 + x * 3] = (x * 255) / width;
      raw[row + 2 + x * 3] = (y * 255) / height;
      raw[row + 3 + x * 3] = 120;
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const SK_PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');
/** Full-page screenshots of a scrolled page draw the fixed app bar mid-page: scroll up first. */
async function shot(app: AppSession, name: string): Promise<void> {
  await app.page.evaluate(() => window.scrollTo(0, 0));
  await app.screenshot(name);
}

const REGION = {
  provinsi: 'Kalimantan Selatan',
  kabKota: 'Kabupaten Banjar',
  kecamatan: 'Gambut',
  desa: 'Gambut Barat',
};

describe('register screens in Chromium', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.dispose();
    app = undefined;
  });

  it('creates a sentra with its SK and an IKM with product, credentials and photo; refuses bad input in Indonesian; all survives a restart', async () => {
    app = await launchApp({ hash: '/sentra' });
    let page = app.page;
    const sentra = new SentraPage(page);

    await sentra.create({
      name: 'Sentra Kerupuk Gambut',
      region: REGION,
      units: 3,
      workers: 20,
      decree: {
        number: '188.45/077/KUM/2023',
        date: '2023-05-10',
        signedBy: 'Bupati Banjar',
        scan: { name: 'sk-sentra.pdf', mimeType: 'application/pdf', buffer: SK_PDF },
      },
    });
    // Below 5 units: a visible warning, but saving is allowed.
    await page.getByText('Sentra IKM minimal 5 unit usaha (PP 29/2018)').waitFor();
    await page.getByLabel('Jumlah unit usaha *').fill('12');
    await expect.poll(() => page.getByText('Sentra IKM minimal 5 unit usaha').count()).toBe(0);
    await shot(app, 'register-sentra-form');
    await sentra.save();
    await sentra.grid().getByText('Sentra Kerupuk Gambut').waitFor();
    await sentra.grid().getByText('188.45/077/KUM/2023').waitFor();
    await sentra.grid().getByText('10 Mei 2023').waitFor();
    await shot(app, 'register-sentra-grid');

    // IKM: required fields and a bad NIB are refused in Indonesian.
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: /^IKM/ })
      .click();
    const ikm = new EnterprisePage(page);
    await ikm.startNew();
    await ikm.save();
    await page.getByText('Nama IKM wajib diisi').waitFor();
    await page.getByText('Wilayah wajib dipilih').waitFor();
    await page.getByLabel('NIB *').fill('12345');
    await ikm.save();
    await page.getByText('NIB harus 13 digit angka').waitFor();
    await shot(app, 'register-ikm-refused');

    await ikm.fillIdentity({
      name: 'UD Kerupuk Haruan Gambut',
      owner: 'Siti Aminah',
      nib: '9120.0012.34567',
      region: REGION,
      workers: 8,
      investment: 150000000,
      sentra: { typed: 'Kerupuk', option: /Sentra Kerupuk Gambut/ },
    });
    await page.getByText('Skala usaha: Industri kecil').waitFor();
    await ikm.save();
    await page.getByRole('heading', { level: 1, name: 'UD Kerupuk Haruan Gambut' }).waitFor();
    await page.getByRole('tab', { name: 'Produk', selected: true }).waitFor();

    await ikm.addProduct({
      name: 'Kerupuk Ikan Haruan',
      capacity: 500,
      unit: 'kg',
      priceMin: 25000,
      priceMax: 40000,
      story: 'Resep turun-temurun dari ikan haruan rawa Gambut.',
    });
    await page.getByRole('article', { name: 'Produk Kerupuk Ikan Haruan' }).waitFor();
    await shot(app, 'register-ikm-produk');

    await ikm.openTab('Legalitas');
    await ikm.addCredential({
      kind: 'SPP-IRT',
      number: 'P-IRT 2056303010123-28',
      issuedOn: '2023-01-15',
      expiresOn: '2028-01-15',
    });
    await ikm.addCredential({
      kind: 'Sertifikat Halal',
      number: 'ID63110000123450124',
      issuedOn: '2024-02-01',
    });
    const credentials = page.getByRole('table', { name: 'Daftar legalitas' });
    await credentials.getByText('P-IRT 2056303010123-28').waitFor();
    await credentials.getByText('ID63110000123450124').waitFor();
    expect(await credentials.getByText('15 Januari 2023').count()).toBe(1);
    await shot(app, 'register-ikm-legalitas');

    await ikm.openTab('Foto');
    await ikm.uploadPhoto('Kemasan kerupuk', {
      name: 'kemasan.png',
      mimeType: 'image/png',
      buffer: makePng(64, 48),
    });
    await page.getByText('Foto "kemasan.png" tersimpan').waitFor();
    const thumb = page.getByRole('img', { name: 'Kemasan kerupuk' });
    await thumb.waitFor();
    // A file that only claims to be an image is refused with an Indonesian reason.
    await ikm.uploadPhoto('Palsu', {
      name: 'palsu.png',
      mimeType: 'image/png',
      buffer: Buffer.from('bukan gambar sama sekali'),
    });
    await page.getByText(/Berkas ditolak: jenisnya tidak dikenali/).waitFor();
    await shot(app, 'register-ikm-foto');
    await page.getByRole('button', { name: 'Lihat foto Kemasan kerupuk' }).click();
    await page.getByRole('dialog', { name: 'Kemasan kerupuk' }).waitFor();
    await shot(app, 'register-ikm-lightbox');
    await page.getByRole('button', { name: 'Tutup' }).click();

    await ikm.openTab('Dokumen');
    await shot(app, 'register-ikm-dokumen');
    await ikm.openTab('Identitas');
    await shot(app, 'register-ikm-identitas');

    // Duplicate NIB refused with a link to the existing IKM.
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: /^IKM/ })
      .click();
    await ikm.startNew();
    await ikm.fillIdentity({
      name: 'IKM Kembar',
      owner: 'Budi',
      nib: '9120001234567',
      region: REGION,
      workers: 2,
      investment: 1000000,
    });
    await ikm.save();
    await page.getByText('NIB ini sudah terdaftar untuk UD Kerupuk Haruan Gambut').waitFor();
    await shot(app, 'register-ikm-duplicate');
    // Leaving the dirty form asks first.
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: /^Sentra IKM/ })
      .click();
    await page.getByRole('dialog', { name: 'Perubahan belum disimpan' }).waitFor();
    await page.getByRole('button', { name: 'Tinggalkan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sentra IKM' }).waitFor();

    // Find the IKM again by typing part of its name.
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: /^IKM/ })
      .click();
    await ikm.search('haru');
    await ikm.grid().getByText('UD Kerupuk Haruan Gambut').waitFor();
    await ikm.grid().getByText('Sentra Kerupuk Gambut').waitFor();
    await shot(app, 'register-ikm-grid');
    expect(app.errors).toEqual([]);

    // Restart with the same profile: everything is still there.
    const profileDir = app.profileDir;
    await app.close();
    app = await launchApp({ profileDir, hash: '/ikm' });
    page = app.page;
    const again = new EnterprisePage(page);
    await again.search('kerupuk haruan');
    await again.grid().getByRole('link', { name: 'UD Kerupuk Haruan Gambut' }).click();
    await page.getByRole('heading', { level: 1, name: 'UD Kerupuk Haruan Gambut' }).waitFor();
    await again.openTab('Produk');
    await page.getByRole('article', { name: 'Produk Kerupuk Ikan Haruan' }).waitFor();
    await again.openTab('Legalitas');
    await expect
      .poll(() => page.getByRole('table', { name: 'Daftar legalitas' }).getByRole('row').count())
      .toBe(3);
    await again.openTab('Foto');
    await page.getByRole('img', { name: 'Kemasan kerupuk' }).waitFor();
    await page.goto(page.url().replace(/#.*$/, '#/sentra'));
    await new SentraPage(page).grid().getByText('Sentra Kerupuk Gambut').waitFor();
    expect(app.errors).toEqual([]);
  });

  it('opens lists and IKM tabs from links (quick filters, legalitas preset to Halal) and nominates an IKM from its page', async () => {
    app = await launchApp({ hash: '/ikm' });
    const { page } = app;
    await openWithHooks(page, '/ikm');
    // A round with a kain tenun IKM in Kotabaru already nominated; a food IKM in Banjar not nominated yet.
    await seedRound(page, {
      year: 2026,
      candidates: [{ name: 'UD Tenun Pagatan', commodity: 'kain-tenun', kabKota: '63.02' }],
    });
    const amplang = makeE2eCandidate('UD Amplang Bahari', '9120001230003', 'Amplang Ikan');
    const [ids] = await seedCandidates(page, [amplang], 'Rina (Disperin Banjar)');
    if (!ids) throw new Error('seeding returned no ids');
    const ikm = new EnterprisePage(page);

    // Beranda's links: the list opens already filtered, and the filter shows in the controls.
    await page.goto(page.url().replace(/#.*$/, '#/ikm?komoditas=kain-tenun'));
    await ikm.grid().getByRole('link', { name: 'UD Tenun Pagatan' }).waitFor();
    await expect.poll(() => ikm.grid().getByRole('row').count()).toBe(2);
    expect(await ikm.grid().getByRole('link', { name: 'UD Amplang Bahari' }).count()).toBe(0);
    expect(await page.getByRole('combobox', { name: 'Komoditi' }).innerText()).toContain(
      'kain tenun',
    );
    await shot(app, 'register-ikm-saring-komoditas');
    await page.goto(page.url().replace(/#.*$/, '#/ikm?kabKota=63.03'));
    await ikm.grid().getByRole('link', { name: 'UD Amplang Bahari' }).waitFor();
    await expect.poll(() => ikm.grid().getByRole('row').count()).toBe(2);
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Kab/Kota' }).inputValue())
      .toBe('Kabupaten Banjar');

    // A readiness finding's link: legalitas tab with the add form preset to Halal.
    await page.goto(
      page.url().replace(/#.*$/, `#/ikm/${ids.enterpriseId}?tab=legalitas&jenis=halal`),
    );
    const form = page.getByRole('dialog', { name: 'Tambah legalitas' });
    await form.waitFor();
    expect(await form.getByRole('combobox', { name: 'Jenis *' }).innerText()).toBe(
      'Sertifikat Halal',
    );
    await shot(app, 'register-ikm-tautan-halal');
    await form.getByRole('button', { name: 'Batal' }).click();
    await form.waitFor({ state: 'detached' });
    expect(page.url()).not.toContain('jenis=');
    expect(await page.getByRole('tab', { name: 'Legalitas', selected: true }).count()).toBe(1);

    // "Usulkan ke OVOP": the new nomination shows on the IKM page at once.
    await expect.poll(() => ikm.nominations().innerText()).toContain('Belum pernah diusulkan');
    await ikm.nominateToOvop();
    await ikm.nominations().getByRole('link', { name: 'OVOP 2026' }).waitFor();
    expect(await ikm.nominations().innerText()).toContain('Draf');
    expect(await ikm.nominations().innerText()).toContain('Amplang Ikan');
    await shot(app, 'register-ikm-usulan');
    expect(app.errors).toEqual([]);
  });
});
