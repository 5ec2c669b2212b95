import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ZIP_LIMITS } from '@shared/bundle/zip-limits';
import { verifyPack, type PackManifest } from '@shared/pack/pack-manifest';
import { makeE2eCandidate, openWithHooks, seedCandidates, seedRound } from '../support/factories/e2e-register';
import { PackPageModel } from './pages/pack-page';
import { launchApp, type AppSession } from './support/browser';

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

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
    const manifest = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array())) as PackManifest;
    expect(manifest.round.year).toBe(2026);
    for (const f of manifest.files) {
      expect(files[f.path], f.path).toBeDefined();
      expect(sha(files[f.path] ?? new Uint8Array()), f.path).toBe(f.sha256);
    }
    const folders = [...new Set(Object.keys(files).filter((p) => p.includes('/')).map((p) => p.split('/')[0]))].sort();
    // Kabupaten Banjar (63.03) sorts before Kota Banjarmasin (63.71); the draft is left out.
    expect(folders).toEqual(['01_UD Berkah Bahari', '02_CV Sinar Jaya Tenun']);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['rekap.xlsx', '01_UD Berkah Bahari/01_profil_UD-Berkah-Bahari.pdf']));
    expect(strFromU8((files['01_UD Berkah Bahari/01_profil_UD-Berkah-Bahari.pdf'] ?? new Uint8Array()).subarray(0, 5))).toBe('%PDF-');

    const verified = verifyPack(bytes, DEFAULT_ZIP_LIMITS);
    expect(verified.problems).toEqual([]);
    // "Verifikasi paket" re-checks the downloaded file from the UI.
    const dir = mkdtempSync(join(tmpdir(), 'paket-'));
    const zipPath = join(dir, name);
    writeFileSync(zipPath, bytes);
    await pack.tab('Verifikasi paket').click();
    await pack.choose('Verifikasi paket…', zipPath);
    await pack.status().first().waitFor();
    expect(await pack.status().first().innerText()).toContain('cocok dengan manifest');

    // The seeded IKM have no photos: "Tambah foto" opens that IKM's photo tab, not the IKM list.
    await pack.tab('Paket kirim').click();
    const missing = pack.problems().getByRole('listitem').filter({ hasText: 'UD Berkah Bahari: 0 foto' });
    await missing.getByRole('button', { name: 'Tambah foto' }).click();
    await app.page.getByRole('heading', { level: 1, name: 'UD Berkah Bahari' }).waitFor();
    await app.page.getByRole('tab', { name: 'Foto', selected: true }).waitFor();
    expect(app.page.url()).toMatch(/#\/ikm\/[^/?]+\?tab=foto$/);
    expect(app.errors).toEqual([]);
  });

  it('exports a bundle from one profile and imports it into another, resolving a NIB conflict', async () => {
    const kab = await launchApp();
    sessions.push(kab);
    await openWithHooks(kab.page, '/paket');
    await seedCandidates(kab.page, [makeE2eCandidate('UD Versi Kabupaten', '9120000000777', 'Kerupuk Haruan')]);
    const kabPack = new PackPageModel(kab.page);
    await kabPack.open();
    await kabPack.tab('Bundel pertukaran').click();
    const bundle = await kabPack.download('Ekspor bundel');
    expect(bundle.name).toMatch(/^bundel-ovop-\d{8}\.ovop$/);
    const dir = mkdtempSync(join(tmpdir(), 'bundel-'));
    const bundlePath = join(dir, bundle.name);
    writeFileSync(bundlePath, bundle.bytes);

    const prov = await launchApp();
    sessions.push(prov);
    await openWithHooks(prov.page, '/paket');
    await seedCandidates(prov.page, [makeE2eCandidate('UD Versi Provinsi', '9120000000777', 'Kerupuk Haruan')]);
    const provPack = new PackPageModel(prov.page);
    await provPack.open();
    await provPack.tab('Bundel pertukaran').click();
    await provPack.choose('Buka bundel…', bundlePath);
    const summary = prov.page.getByLabel('Ringkasan pratinjau');
    await summary.filter({ hasText: '1 bentrok' }).waitFor();
    const merge = prov.page.getByRole('button', { name: 'Pilih dulu 1 bentrok' });
    expect(await merge.isDisabled()).toBe(true);
    await prov.page.getByRole('radiogroup', { name: /UD Versi Kabupaten/ }).getByLabel('Ambil dari bundel').check();
    await prov.screenshot('bundel-pratinjau');
    await prov.page.getByRole('button', { name: 'Gabungkan ke register' }).click();
    await provPack.status().filter({ hasText: 'Digabung' }).waitFor();
    expect(await provPack.status().filter({ hasText: 'Digabung' }).innerText()).toContain('1 diganti');
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
    expect(await pack.status().innerText()).toContain('path-traversal');
  });
});
