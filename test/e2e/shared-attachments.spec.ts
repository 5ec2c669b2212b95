import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/src/start';
import { makeAccounts, PASSWORD, startTestServer } from '../server/support/harness';
import { postgresMissingReason, startCluster, type PgCluster } from '../server/support/pg-cluster';
import { AppFrame } from './pages/app-frame';
import { EnterprisePage } from './pages/enterprise-page';
import { upload } from './pages/sentra-page';
import { ServerSettings } from './pages/server-settings';
import { launchApp, type AppSession } from './support/browser';
import { makePdf, pngFile } from './support/sample-files';

const PG_MISSING = postgresMissingReason();
const PORT = process.env.OVOP_SYNC_TEST_PORT ?? '8791';
const NAME = 'UD Purun Banjar';

const pdf = (name: string, padTo = 0) => {
  const body = makePdf(name);
  return {
    name,
    mimeType: 'application/pdf',
    buffer:
      padTo > body.length ? Buffer.concat([body, Buffer.alloc(padTo - body.length, 32)]) : body,
  };
};

async function openDocuments(page: Page): Promise<void> {
  await new AppFrame(page).goTo('IKM');
  await new EnterprisePage(page).search('Purun');
  await page.getByRole('link', { name: NAME }).first().click();
  await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
  await new EnterprisePage(page).openTab('Dokumen');
}

/** Clicks "Unduh <name>" and returns the saved file's bytes. */
async function download(page: Page, name: string): Promise<Buffer> {
  const saved = page.waitForEvent('download');
  await page.getByRole('button', { name: `Unduh ${name}` }).click();
  return readFileSync((await (await saved).path()) ?? '');
}

describe.skipIf(PG_MISSING)('attachments shared through the server', () => {
  let cluster: PgCluster;
  let server: RunningServer | undefined;
  const apps: AppSession[] = [];
  beforeAll(async () => {
    cluster = await startCluster();
    // A 50 kB attachment limit, so a file over it is small enough for a test.
    server = await startTestServer(cluster.createDatabase('e2e_attachments'), {
      OVOP_SERVER_PORT: PORT,
      OVOP_MAX_ATTACHMENT_MB: '0.048828125',
    });
    await makeAccounts(server.url);
  });
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.dispose();
  });
  afterAll(async () => {
    await server?.close();
    cluster?.destroy();
  });

  it('a file attached on one PC opens on the other, and says why when the server is away (documents and photos)', async () => {
    const a = await launchApp({ hash: '/' });
    const b = await launchApp({ hash: '/' });
    apps.push(a, b);
    for (const [app, user] of [
      [a, 'prov'],
      [b, 'banjar'],
    ] as const) {
      await new AppFrame(app.page).ready();
      const settings = new ServerSettings(app.page);
      await settings.open();
      await settings.connect(`http://127.0.0.1:${PORT}`, user, PASSWORD);
      await settings.status('Daring').waitFor();
    }

    // PC A registers an IKM and attaches two documents; a third is over the server's limit.
    await new AppFrame(a.page).goTo('IKM');
    const ikmA = new EnterprisePage(a.page);
    await ikmA.startNew();
    await ikmA.fillIdentity({
      name: NAME,
      owner: 'Rusmini',
      nib: '9120001277001',
      region: {
        provinsi: 'Kalimantan Selatan',
        kabKota: 'Kabupaten Banjar',
        kecamatan: 'Martapura',
        desa: 'Jawa',
      },
      workers: 5,
      investment: 40000000,
    });
    await ikmA.save();
    await a.page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    await ikmA.openTab('Dokumen');
    const profile = pdf('profil-usaha.pdf');
    const permit = pdf('izin-usaha.pdf');
    await upload(a.page, 'Unggah dokumen', profile);
    await a.page.getByText('Dokumen "profil-usaha.pdf" tersimpan').waitFor();
    await upload(a.page, 'Unggah dokumen', permit);
    await a.page.getByText('Dokumen "izin-usaha.pdf" tersimpan').waitFor();
    await upload(a.page, 'Unggah dokumen', pdf('katalog-besar.pdf', 80_000));
    await a.page
      .getByText(
        '"katalog-besar.pdf" tidak disimpan: Berkas 78 kB melebihi batas server kantor (paling besar 50 kB per berkas).',
        { exact: false },
      )
      .waitFor();
    await a.screenshot('shared-attachments-limit');
    await ikmA.openTab('Foto');
    await upload(a.page, 'Unggah foto', pngFile('anyaman-purun.png', 90));
    await a.page.getByText('Foto "anyaman-purun.png" tersimpan').waitFor();
    await new ServerSettings(a.page).status('Daring$').waitFor();

    // PC B sees both documents and opens one: its bytes come from the server.
    await openDocuments(b.page);
    const table = b.page.getByRole('table', { name: 'Daftar dokumen' });
    await table.getByText('izin-usaha.pdf').waitFor({ timeout: 30_000 });
    await table.getByText('profil-usaha.pdf').waitFor();
    expect(await table.getByText('katalog-besar.pdf').count()).toBe(0);
    expect(await download(b.page, 'profil-usaha.pdf')).toEqual(profile.buffer);

    // The server stops: the document already opened still opens; the other says what to do.
    await server?.close();
    server = undefined;
    await new ServerSettings(b.page).status('Luring').waitFor({ timeout: 60_000 });
    await b.page.getByRole('button', { name: 'Unduh izin-usaha.pdf' }).click();
    await b.page
      .getByRole('alert')
      .filter({
        hasText:
          '"izin-usaha.pdf" tidak dapat diunduh. Berkas belum diunduh dari server; sambungkan ke server',
      })
      .waitFor();
    await b.screenshot('shared-attachments-offline');
    expect(await download(b.page, 'profil-usaha.pdf')).toEqual(profile.buffer);
    // A photo never opened on this PC: its tile says the same instead of a blank.
    await new EnterprisePage(b.page).openTab('Foto');
    await b.page
      .getByRole('note', { name: 'anyaman-purun.png' })
      .getByText('Berkas belum diunduh dari server; sambungkan ke server')
      .waitFor();
    await b.screenshot('shared-attachments-offline-photo');

    const offlineNoise =
      /Failed to load resource|ERR_CONNECTION_REFUSED|127\.0\.0\.1:\d+\/.*blocked by CORS policy/;
    for (const app of [a, b]) expect(app.errors.filter((e) => !offlineNoise.test(e))).toEqual([]);
  }, 300_000);
});
