import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { E2eHooks } from '../app-hooks/e2e-hooks';
import { DEFAULT_ZIP_LIMITS } from '@shared/bundle/zip-limits';
import { verifyPack, type PackManifest } from '@shared/pack/pack-manifest';
import {
  makeE2eCandidate,
  openWithHooks,
  seedCandidates,
  seedRound,
} from '../support/factories/e2e-register';
import { PackPageModel } from './pages/pack-page';
import { launchApp, type AppSession } from './support/browser';
import { testFilePath } from '../support/temp-file';

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** A valid RGB PNG of random noise (incompressible: about width × height × 3 bytes). */
function noisePng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter method, no interlace
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++)
    rows.push(Buffer.concat([Buffer.from([0]), randomBytes(width * 3)]));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Stores `bytes` as a photo of the IKM `enterpriseName` nominated in `roundId` (e2e hook). */
function addNomineePhoto(
  page: Page,
  roundId: string,
  enterpriseName: string,
  bytes: Buffer,
  originalName: string,
): Promise<string> {
  return page.evaluate(
    ([r, e, b, n]) => {
      const hook = (window as unknown as { __ovopE2e?: E2eHooks }).__ovopE2e;
      if (!hook) throw new Error('Kait uji e2e tidak terpasang (buka dengan ?e2e=1)');
      return hook.addNomineePhoto(r, e, b, n);
    },
    [roundId, enterpriseName, bytes.toString('base64'), originalName] as const,
  );
}

describe('Paket Kirim in Chromium', () => {
  const sessions: AppSession[] = [];
  afterEach(async () => {
    for (const s of sessions.splice(0)) await s.dispose();
  });

  it('builds a pack for a seeded round whose manifest hashes and folder names check out in Node', async () => {
    const app = await launchApp();
    sessions.push(app);
    await openWithHooks(app.page, '/paket');
    await seedRound(app.page, {
      year: 2026,
      packReady: true,
      candidates: [
        { name: 'UD Berkah Bahari', status: 'divalidasi' },
        { name: 'CV "Sinar/Jaya": Tenun?', kabKota: '63.71', status: 'divalidasi' },
        { name: 'Masih Draf', status: 'draft' },
      ],
    });
    const pack = new PackPageModel(app.page);
    await pack.open();
    await pack.packTable().waitFor();
    await app.page.locator('button:not([disabled])', { hasText: 'Buat paket ZIP' }).waitFor();
    await app.screenshot('paket-kirim');
    const { name, bytes } = await pack.download('Buat paket ZIP');
    await pack.status().filter({ hasText: 'selesai' }).waitFor();
    expect(name).toBe('paket-ovop-2026-provinsi.zip');

    const files = unzipSync(bytes);
    const manifest = JSON.parse(
      strFromU8(files['manifest.json'] ?? new Uint8Array()),
    ) as PackManifest;
    expect(manifest.round.year).toBe(2026);
    for (const f of manifest.files) {
      expect(files[f.path], f.path).toBeDefined();
      expect(sha(files[f.path] ?? new Uint8Array()), f.path).toBe(f.sha256);
    }
    const folders = [
      ...new Set(
        Object.keys(files)
          .filter((p) => p.includes('/'))
          .map((p) => p.split('/')[0]),
      ),
    ].sort();
    // Kabupaten Banjar (63.03) sorts before Kota Banjarmasin (63.71); the draft is left out.
    expect(folders).toEqual(['01_UD Berkah Bahari', '02_CV Sinar Jaya Tenun']);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['rekap.xlsx', '01_UD Berkah Bahari/01_profil_UD-Berkah-Bahari.pdf']),
    );
    expect(
      strFromU8(
        (files['01_UD Berkah Bahari/01_profil_UD-Berkah-Bahari.pdf'] ?? new Uint8Array()).subarray(
          0,
          5,
        ),
      ),
    ).toBe('%PDF-');

    const verified = verifyPack(bytes, DEFAULT_ZIP_LIMITS);
    expect(verified.problems).toEqual([]);
    // "Verifikasi paket" re-checks the downloaded file from the UI.
    const zipPath = testFilePath('paket-', name, bytes);
    await pack.tab('Verifikasi paket').click();
    await pack.choose('Verifikasi paket…', zipPath);
    await pack.status().first().waitFor();
    expect(await pack.status().first().innerText()).toContain('cocok dengan manifest');

    // The seeded IKM have no photos: "Tambah foto" opens that IKM's photo tab, not the IKM list.
    await pack.tab('Paket kirim').click();
    const missing = pack
      .problems()
      .getByRole('listitem')
      .filter({ hasText: 'UD Berkah Bahari: 0 foto' });
    await missing.getByRole('button', { name: 'Tambah foto' }).click();
    await app.page.getByRole('heading', { level: 1, name: 'UD Berkah Bahari' }).waitFor();
    await app.page.getByRole('tab', { name: 'Foto', selected: true }).waitFor();
    expect(app.page.url()).toMatch(/#\/ikm\/[^/?]+\?tab=foto$/);
    expect(app.errors).toEqual([]);
  });

  it('a lower photo limit set in "Batas berkas portal" flags an oversized photo; "Perkecil" fixes it and the pack holds the smaller JPEG', async () => {
    const app = await launchApp();
    sessions.push(app);
    await openWithHooks(app.page, '/paket');
    const roundId = await seedRound(app.page, {
      year: 2026,
      packReady: true,
      candidates: [{ name: 'UD Foto Besar', status: 'divalidasi' }],
    });
    const png = noisePng(640, 640);
    expect(png.length).toBeGreaterThan(1024 * 1024);
    await addNomineePhoto(app.page, roundId, 'UD Foto Besar', png, 'kemasan.png');
    const pack = new PackPageModel(app.page);
    await pack.open();
    await pack.packTable().filter({ hasText: '02_foto_01.png' }).waitFor();
    const tooLarge = pack.problems().getByRole('listitem').filter({ hasText: 'melebihi batas' });
    // Under the default 2 MB the 1.2 MB photo passes.
    expect(await tooLarge.count()).toBe(0);

    // A typo is refused with the reason next to the field, and nothing is saved.
    await pack.limitsPanel().getByLabel('Foto maks. (MB)').fill('dua');
    await pack.limitsPanel().getByRole('button', { name: 'Simpan batas' }).click();
    await pack.limitsPanel().getByText('Batas foto harus berupa angka, mis. 2 atau 0,5.').waitFor();
    expect(await tooLarge.count()).toBe(0);

    await pack.setLimits({ photoMb: '0,5' });
    await tooLarge.filter({ hasText: 'Foto 1: foto 1,2 MB melebihi batas 512,0 KB' }).waitFor();
    const build = app.page.getByRole('button', { name: 'Buat paket ZIP' });
    expect(await build.isDisabled()).toBe(true);
    await pack.limitsPanel().scrollIntoViewIfNeeded();
    await app.screenshot('paket-batas-portal');

    // The limit is a setting: it survives a reload.
    await pack.open();
    expect(await pack.limitsPanel().getByLabel('Foto maks. (MB)').inputValue()).toBe('0,5');
    await tooLarge.waitFor();

    await tooLarge.getByRole('button', { name: 'Perkecil' }).click();
    await pack.packTable().filter({ hasText: '02_foto_01.jpg' }).waitFor();
    expect(await tooLarge.count()).toBe(0);
    await app.page.locator('button:not([disabled])', { hasText: 'Buat paket ZIP' }).waitFor();

    const { bytes } = await pack.download('Buat paket ZIP');
    const files = unzipSync(bytes);
    const photos = Object.keys(files).filter((p) => p.includes('_foto_'));
    expect(photos).toEqual(['01_UD Foto Besar/02_foto_01.jpg']);
    const photo = files['01_UD Foto Besar/02_foto_01.jpg'] ?? new Uint8Array();
    expect([...photo.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(photo.length).toBeGreaterThan(10 * 1024);
    expect(photo.length).toBeLessThanOrEqual(512 * 1024);
    expect(app.errors).toEqual([]);
  });

  it('exports a bundle from one profile and imports it into another, resolving a NIB conflict', async () => {
    const kab = await launchApp();
    sessions.push(kab);
    await openWithHooks(kab.page, '/paket');
    await seedCandidates(kab.page, [
      makeE2eCandidate('UD Versi Kabupaten', '9120000000777', 'Kerupuk Haruan'),
    ]);
    const kabPack = new PackPageModel(kab.page);
    await kabPack.open();
    await kabPack.tab('Bundel pertukaran').click();
    const bundle = await kabPack.download('Ekspor bundel');
    expect(bundle.name).toMatch(/^bundel-ovop-\d{8}\.ovop$/);
    const bundlePath = testFilePath('bundel-', bundle.name, bundle.bytes);

    const prov = await launchApp();
    sessions.push(prov);
    await openWithHooks(prov.page, '/paket');
    await seedCandidates(prov.page, [
      makeE2eCandidate('UD Versi Provinsi', '9120000000777', 'Kerupuk Haruan'),
    ]);
    const provPack = new PackPageModel(prov.page);
    await provPack.open();
    await provPack.tab('Bundel pertukaran').click();
    await provPack.choose('Buka bundel…', bundlePath);
    const summary = prov.page.getByLabel('Ringkasan pratinjau');
    await summary.filter({ hasText: '1 bentrok' }).waitFor();
    const merge = prov.page.getByRole('button', { name: 'Pilih dulu 1 bentrok' });
    expect(await merge.isDisabled()).toBe(true);
    await prov.page
      .getByRole('radiogroup', { name: /UD Versi Kabupaten/ })
      .getByLabel('Ambil dari bundel')
      .check();
    await prov.screenshot('bundel-pratinjau');
    await prov.page.getByRole('button', { name: 'Gabungkan ke register' }).click();
    await provPack.status().filter({ hasText: 'Digabung' }).waitFor();
    expect(await provPack.status().filter({ hasText: 'Digabung' }).innerText()).toContain(
      '1 diganti',
    );
    // After the merge, the same bundle has nothing left to change.
    await summary.filter({ hasText: '0 baru' }).filter({ hasText: '0 bentrok' }).waitFor();
    expect(kab.errors).toEqual([]);
    expect(prov.errors).toEqual([]);
  });

  it('refuses a hostile bundle with its reason before anything is written', async () => {
    const app = await launchApp();
    sessions.push(app);
    const pack = new PackPageModel(app.page);
    await pack.open();
    await pack.tab('Bundel pertukaran').click();
    await pack.choose('Buka bundel…', join(__dirname, '../fixtures/hostile-bundles/traversal.zip'));
    await pack.status().filter({ hasText: 'ditolak sebelum apa pun ditulis' }).waitFor();
    expect(await pack.status().innerText()).toContain(
      'Nama berkas memuat "../" yang dapat menulis di luar folder tujuan.',
    );
    expect(await pack.status().innerText()).not.toContain('path-traversal');
  });
});
