import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { snapshotDigest } from '../../renderer/src/db/safety/snapshot-manifest';
import { execFileSync } from 'node:child_process';
import { launchApp, type AppSession } from './support/browser';
import { WEB_BASE_URL } from './support/server';
import { BackupPage } from './pages/backup-page';
import { EnterprisePage } from './pages/enterprise-page';

const REGION = {
  provinsi: 'Kalimantan Selatan',
  kabKota: 'Kabupaten Banjar',
  kecamatan: 'Gambut',
  desa: 'Gambut Barat',
};

type Row = Record<string, unknown>;
interface BackupJson {
  schemaVersion: number;
  exportedAt: string;
  registerId: string;
  counts: Record<string, number>;
  tables: Record<string, Row[]>;
  manifest: { algorithm: 'SHA-256'; digest: string };
}

const parse = (bytes: Uint8Array): BackupJson =>
  JSON.parse(new TextDecoder().decode(bytes)) as BackupJson;
const encode = (json: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(json));

/** One IKM entered through the screens, then a backup made with "Buat berkas cadangan". */
async function registerWithBackup(app: AppSession): Promise<BackupJson> {
  const { page } = app;
  const ikm = new EnterprisePage(page);
  await ikm.startNew();
  await ikm.fillIdentity({
    name: 'UD Amplang Asli',
    owner: 'Siti Aminah',
    nib: '9120001234567',
    region: REGION,
    workers: 6,
    investment: 150000000,
  });
  await ikm.save();
  await page.getByRole('heading', { level: 1, name: 'UD Amplang Asli' }).waitFor();
  const backup = new BackupPage(page);
  await backup.open();
  return parse(await backup.backupToFile());
}

async function expectOriginalRegister(page: AppSession['page']): Promise<void> {
  await page.goto(`${WEB_BASE_URL}/index.html#/ikm`);
  const grid = new EnterprisePage(page).grid();
  await grid.getByText('UD Amplang Asli').waitFor();
  expect(await grid.getByText('UD Palsu').count()).toBe(0);
}

/** SIGKILL of the Chromium that runs this profile (its main process: the one without `--type=`). */
function killBrowser(profileDir: string): void {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  const main = lines.find(
    (line) => line.includes(`--user-data-dir=${profileDir}`) && !line.includes('--type='),
  );
  const pid = Number(main?.trim().split(/\s+/)[0]);
  if (!Number.isInteger(pid) || pid <= 0)
    throw new Error(`Chromium untuk ${profileDir} tidak ditemukan`);
  process.kill(pid, 'SIGKILL');
}

describe('backup integrity and restore notices (web mode)', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.dispose();
    app = undefined;
  });

  it('refuses a hand-edited backup before offering it, with the digest message, and keeps the register', async () => {
    app = await launchApp({ hash: '/ikm' });
    const { page } = app;
    const json = await registerWithBackup(app);
    const row = json.tables.enterprises?.[0];
    if (!row) throw new Error('the backup holds no IKM');
    row.name = 'UD Palsu';
    row.investmentRupiah = 9000000000;
    const backup = new BackupPage(page);
    await backup.chooseRestoreFile({
      name: 'cadangan-diubah.ovop-backup.json',
      bytes: encode(json),
    });
    await page
      .getByRole('alert')
      .filter({ hasText: 'Isi cadangan tidak cocok dengan sidiknya — berkas diubah atau rusak.' })
      .waitFor();
    expect(await backup.confirmDialog().count()).toBe(0);
    await app.screenshot('backup-tampered-refused');
    await expectOriginalRegister(page);
    expect(app.errors).toEqual([]);
  });

  it('refuses a backup from a newer app version before any confirmation, in plain words', async () => {
    app = await launchApp({ hash: '/ikm' });
    const { page } = app;
    const json = await registerWithBackup(app);
    const backup = new BackupPage(page);
    await backup.chooseRestoreFile({
      name: 'cadangan-baru.ovop-backup.json',
      bytes: encode({ ...json, schemaVersion: json.schemaVersion + 1 }),
    });
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'Cadangan ini dibuat oleh OVOP Desk versi yang lebih baru' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Perbarui aplikasi terlebih dahulu');
    expect(await alert.innerText()).not.toMatch(/schemaVersion/);
    expect(await backup.confirmDialog().count()).toBe(0);
    await app.screenshot('backup-newer-refused');
    await expectOriginalRegister(page);
    expect(app.errors).toEqual([]);
  });

  it('tells at the next start that a restore killed mid-way did not happen, and the register is the old one', async () => {
    app = await launchApp({ hash: '/ikm' });
    const json = await registerWithBackup(app);
    const profileDir = app.profileDir;

    // A register big enough that writing it takes seconds: the original IKM copied with new ids and NIBs.
    const template = json.tables.enterprises?.[0];
    if (!template) throw new Error('the backup holds no IKM');
    const big = Array.from({ length: 15000 }, (_, i) => ({
      ...template,
      id: `besar-${i}`,
      nib: `8${String(i).padStart(12, '0')}`,
      name: `UD Palsu ${i}`,
    }));
    const covered = {
      ...json,
      counts: { ...json.counts, enterprises: big.length },
      tables: { ...json.tables, enterprises: big },
    };
    const bigBackup = {
      ...covered,
      manifest: { algorithm: 'SHA-256', digest: await snapshotDigest(covered) },
    };
    const bigFile = join(
      mkdtempSync(join(tmpdir(), 'ovop-cadangan-')),
      'cadangan-besar.ovop-backup.json',
    );
    writeFileSync(bigFile, encode(bigBackup));

    const { page } = app;
    const backup = new BackupPage(page);
    await backup.chooseRestoreFile(bigFile);
    await backup.confirmDialog().waitFor({ timeout: 60_000 });
    // Timing only: a second tab of the same origin reads the marker store; while the restore's one
    // transaction is writing, that read waits. Kill the browser as soon as a read stays blocked.
    const watcher = await page.context().newPage();
    await watcher.goto(`${WEB_BASE_URL}/favicon.svg`);
    const markerRead = () =>
      watcher.evaluate(
        () =>
          new Promise<'free' | 'blocked'>((resolve) => {
            const timer = setTimeout(() => resolve('blocked'), 400);
            const open = indexedDB.open('ovop-desk');
            open.onsuccess = () => {
              const request = open.result.transaction('marker').objectStore('marker').count();
              request.onsuccess = () => {
                clearTimeout(timer);
                open.result.close();
                resolve('free');
              };
            };
          }),
      );
    expect(await markerRead()).toBe('free');
    await backup.confirmRestore();
    await expect.poll(markerRead, { timeout: 60_000, interval: 50 }).toBe('blocked');
    killBrowser(profileDir);
    await app.close().catch(() => undefined);
    rmSync(dirname(bigFile), { recursive: true, force: true });

    app = await launchApp({ profileDir, hash: '/ikm' });
    const notice = app.page.getByRole('dialog', { name: 'Pemulihan register tidak selesai' });
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(
      /Pemulihan dari cadangan-besar\.ovop-backup\.json yang dimulai .* terhenti sebelum selesai/,
    );
    expect(await notice.innerText()).toContain('register masih sama seperti sebelum pemulihan');
    await app.screenshot('backup-interrupted-notice');
    await notice.getByRole('button', { name: 'Mengerti' }).click();
    await notice.waitFor({ state: 'detached' });
    await expectOriginalRegister(app.page);
    // Told once: the next start is quiet.
    await app.page.reload();
    await new EnterprisePage(app.page).grid().getByText('UD Amplang Asli').waitFor();
    expect(
      await app.page.getByRole('dialog', { name: 'Pemulihan register tidak selesai' }).count(),
    ).toBe(0);
  }, 300_000);
});
